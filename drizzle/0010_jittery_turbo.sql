CREATE TABLE `sandbox_buyer_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`market_day_id` text NOT NULL,
	`order_id` text,
	`order_no` text,
	`kind` text NOT NULL,
	`lang` text NOT NULL,
	`buyer_name` text NOT NULL,
	`body` text NOT NULL,
	`day_seq` integer NOT NULL,
	`received_hour` integer NOT NULL,
	`reply` text,
	`replied_at` integer,
	`response_hours` integer,
	`score` integer,
	`grading` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`market_day_id`) REFERENCES `sandbox_market_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_id`) REFERENCES `sandbox_orders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sandbox_buyer_messages_store_idx` ON `sandbox_buyer_messages` (`store_id`,`day_seq`);--> statement-breakpoint
CREATE TABLE `sandbox_market_day_outcomes` (
	`market_day_id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`seq` integer NOT NULL,
	`health_at_start` integer NOT NULL,
	`demand_pct` integer NOT NULL,
	`base_orders` integer NOT NULL,
	`orders` integer NOT NULL,
	`returns` integer NOT NULL,
	`messages` integer NOT NULL,
	`lost_to_stock` integer NOT NULL,
	FOREIGN KEY (`market_day_id`) REFERENCES `sandbox_market_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sandbox_product_stock` (
	`product_id` text PRIMARY KEY NOT NULL,
	`units` integer NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `sandbox_products`(`id`) ON UPDATE no action ON DELETE cascade
);
