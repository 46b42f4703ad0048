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
CREATE INDEX `incubation_teams_mentor_idx` ON `incubation_teams` (`mentor_id`);