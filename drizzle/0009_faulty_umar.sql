CREATE TABLE `offline_sync_items` (
	`user_id` text NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`lesson_id` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	`outcome` text NOT NULL,
	PRIMARY KEY(`user_id`, `key`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `platform` text DEFAULT 'own-site' NOT NULL;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `brand` text;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `attributes` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `images` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `published_at` integer;