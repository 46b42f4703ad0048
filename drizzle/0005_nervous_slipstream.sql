CREATE TABLE `placements` (
	`application_id` text PRIMARY KEY NOT NULL,
	`hired` integer NOT NULL,
	`placed_on` integer,
	`role` text,
	`salary_band_min_fen` integer,
	`salary_band_max_fen` integer,
	`feedback` text DEFAULT '' NOT NULL,
	`recorded_by` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `order_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `retention_checks` (
	`application_id` text NOT NULL,
	`months` integer NOT NULL,
	`due_at` integer NOT NULL,
	`still_employed` integer,
	`answered_at` integer,
	`answered_by` text,
	PRIMARY KEY(`application_id`, `months`),
	FOREIGN KEY (`application_id`) REFERENCES `placements`(`application_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `retention_checks_due_idx` ON `retention_checks` (`due_at`);