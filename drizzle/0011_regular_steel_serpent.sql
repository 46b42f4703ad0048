CREATE TABLE `sandbox_listing_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` text NOT NULL,
	`store_id` text NOT NULL,
	`actor_id` text,
	`change` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `sandbox_products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sandbox_listing_changes_store_idx` ON `sandbox_listing_changes` (`store_id`,`at`);--> statement-breakpoint
ALTER TABLE `sandbox_buyer_messages` ADD `replied_by` text;--> statement-breakpoint
ALTER TABLE `sandbox_market_days` ADD `run_by` text;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `created_by` text;