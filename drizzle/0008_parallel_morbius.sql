CREATE TABLE `class_courses` (
	`class_id` text NOT NULL,
	`course_id` text NOT NULL,
	PRIMARY KEY(`class_id`, `course_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `class_members` (
	`class_id` text NOT NULL,
	`user_id` text NOT NULL,
	`joined_at` integer NOT NULL,
	PRIMARY KEY(`class_id`, `user_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `class_members_user_idx` ON `class_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `classes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`institution_id` text NOT NULL,
	`created_by` text,
	`join_code` text NOT NULL,
	`join_code_expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classes_join_code_unique` ON `classes` (`join_code`);--> statement-breakpoint
CREATE INDEX `classes_institution_idx` ON `classes` (`institution_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `incubation_team_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `incubation_teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incubation_team_comments_team_idx` ON `incubation_team_comments` (`team_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `incubation_team_members` (
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`joined_at` integer NOT NULL,
	PRIMARY KEY(`team_id`, `user_id`),
	FOREIGN KEY (`team_id`) REFERENCES `incubation_teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incubation_team_members_user_idx` ON `incubation_team_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `incubation_teams` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`niche` text NOT NULL,
	`industry` text NOT NULL,
	`join_code` text NOT NULL,
	`lead_id` text NOT NULL,
	`store_id` text,
	`mentor_id` text,
	`showcase` text DEFAULT '' NOT NULL,
	`showcase_published_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incubation_teams_join_code_unique` ON `incubation_teams` (`join_code`);--> statement-breakpoint
CREATE INDEX `incubation_teams_mentor_idx` ON `incubation_teams` (`mentor_id`);--> statement-breakpoint
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
--> statement-breakpoint
DROP INDEX `certificates_issued_idx`;--> statement-breakpoint
CREATE INDEX `certificates_issued_idx` ON `certificates` (`issued_at`,`course_id`,`institution_id`);--> statement-breakpoint
DROP INDEX `enrolments_enrolled_idx`;--> statement-breakpoint
CREATE INDEX `enrolments_completed_idx` ON `enrolments` (`completed_at`,`course_id`);--> statement-breakpoint
CREATE INDEX `enrolments_course_enrolled_idx` ON `enrolments` (`course_id`,`enrolled_at`);--> statement-breakpoint
CREATE INDEX `enrolments_enrolled_idx` ON `enrolments` (`enrolled_at`,`course_id`);