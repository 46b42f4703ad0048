CREATE TABLE `learner_skill_levels` (
	`user_id` text NOT NULL,
	`skill` text NOT NULL,
	`level` integer NOT NULL,
	PRIMARY KEY(`user_id`, `skill`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `learner_skill_levels_skill_idx` ON `learner_skill_levels` (`skill`,`level`);--> statement-breakpoint
CREATE TABLE `skill_level_queue` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skill_level_queue_user_id_unique` ON `skill_level_queue` (`user_id`);--> statement-breakpoint
CREATE TABLE `skill_level_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`catalogue` text NOT NULL
);
--> statement-breakpoint
DROP INDEX `users_role_idx`;--> statement-breakpoint
CREATE INDEX `users_role_institution_idx` ON `users` (`role`,`institution_id`);