CREATE TABLE `department_heads` (
	`user_id` text PRIMARY KEY NOT NULL,
	`department` text NOT NULL,
	`appointed_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `department_heads_department_idx` ON `department_heads` (`department`);--> statement-breakpoint
CREATE TABLE `lesson_study_time` (
	`user_id` text NOT NULL,
	`lesson_id` text NOT NULL,
	`course_id` text NOT NULL,
	`year` integer NOT NULL,
	`seconds` integer NOT NULL,
	`last_ping_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `year`, `lesson_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `study_hour_policies` (
	`department` text NOT NULL,
	`year` integer NOT NULL,
	`target_tenths` integer NOT NULL,
	`lesson_minutes` integer NOT NULL,
	`lesson_tenths` integer NOT NULL,
	`test_tenths` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`department`, `year`),
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
