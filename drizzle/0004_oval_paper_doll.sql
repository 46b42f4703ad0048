CREATE TABLE `candidate_visibility` (
	`user_id` text PRIMARY KEY NOT NULL,
	`visible` integer DEFAULT false NOT NULL,
	`park` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `enterprise_profiles` (
	`enterprise_id` text PRIMARY KEY NOT NULL,
	`industry` text NOT NULL,
	`size` text NOT NULL,
	`contact_email` text,
	`description` text DEFAULT '' NOT NULL,
	`park` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `order_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`learner_id` text NOT NULL,
	`statement` text NOT NULL,
	`rank` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`shortlisted` integer DEFAULT false NOT NULL,
	`offer_expires_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `training_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`learner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_applications_once` ON `order_applications` (`order_id`,`learner_id`);--> statement-breakpoint
CREATE INDEX `order_applications_learner_idx` ON `order_applications` (`learner_id`);--> statement-breakpoint
CREATE TABLE `training_order_curriculum` (
	`order_id` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	PRIMARY KEY(`order_id`, `kind`, `ref`),
	FOREIGN KEY (`order_id`) REFERENCES `training_orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `training_order_skills` (
	`order_id` text NOT NULL,
	`skill` text NOT NULL,
	`min_level` integer NOT NULL,
	PRIMARY KEY(`order_id`, `skill`),
	FOREIGN KEY (`order_id`) REFERENCES `training_orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `training_order_skills_skill_idx` ON `training_order_skills` (`skill`);--> statement-breakpoint
CREATE TABLE `training_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`enterprise_id` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text,
	`description_zh` text NOT NULL,
	`description_en` text,
	`brief` text,
	`seats` integer NOT NULL,
	`park` text NOT NULL,
	`training_start` integer NOT NULL,
	`training_end` integer NOT NULL,
	`stipend_fen` integer NOT NULL,
	`salary_min_fen` integer NOT NULL,
	`salary_max_fen` integer NOT NULL,
	`hire_count` integer NOT NULL,
	`hire_role` text NOT NULL,
	`deadline` integer NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `training_orders_state_idx` ON `training_orders` (`state`,`deadline`);--> statement-breakpoint
CREATE INDEX `training_orders_enterprise_idx` ON `training_orders` (`enterprise_id`);