CREATE TABLE `sandbox_declaration_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`declaration_id` text NOT NULL,
	`at` integer NOT NULL,
	`status` text NOT NULL,
	`receipt_code` text,
	`actor_id` text,
	`note` text,
	FOREIGN KEY (`declaration_id`) REFERENCES `sandbox_declarations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sandbox_decl_events_idx` ON `sandbox_declaration_events` (`declaration_id`);--> statement-breakpoint
CREATE TABLE `sandbox_declaration_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`declaration_id` text NOT NULL,
	`seq` integer NOT NULL,
	`message_kind` text NOT NULL,
	`direction` text NOT NULL,
	`xml` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`declaration_id`) REFERENCES `sandbox_declarations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sandbox_decl_messages_idx` ON `sandbox_declaration_messages` (`declaration_id`,`seq`);--> statement-breakpoint
CREATE TABLE `sandbox_declarations` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`store_id` text,
	`order_id` text,
	`scenario_id` text,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`attempt` integer NOT NULL,
	`findings` text NOT NULL,
	`tax_bills` text,
	`as_of` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_id`) REFERENCES `sandbox_orders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sandbox_declarations_user_idx` ON `sandbox_declarations` (`user_id`);--> statement-breakpoint
CREATE INDEX `sandbox_declarations_status_idx` ON `sandbox_declarations` (`status`);--> statement-breakpoint
CREATE TABLE `sandbox_market_days` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`seed` integer NOT NULL,
	`as_of` text NOT NULL,
	`order_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sandbox_product_texts` (
	`product_id` text NOT NULL,
	`lang` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	PRIMARY KEY(`product_id`, `lang`),
	FOREIGN KEY (`product_id`) REFERENCES `sandbox_products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sandbox_products` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`sku` text NOT NULL,
	`hs_code` text NOT NULL,
	`price_fen` integer NOT NULL,
	`currency` text NOT NULL,
	`gross_weight_g` integer NOT NULL,
	`net_weight_g` integer NOT NULL,
	`origin_country` text NOT NULL,
	`unit` text NOT NULL,
	`spec` text DEFAULT '' NOT NULL,
	`stock_location` text NOT NULL,
	`item_record_no` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sandbox_products_sku_idx` ON `sandbox_products` (`store_id`,`sku`);--> statement-breakpoint
CREATE TABLE `sandbox_scenario_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`lesson_id` text,
	`declaration_id` text,
	`passed` integer NOT NULL,
	`error_codes` text NOT NULL,
	`duration_ms` integer,
	`submitted_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`declaration_id`) REFERENCES `sandbox_declarations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sandbox_scenario_attempts_idx` ON `sandbox_scenario_attempts` (`user_id`,`scenario_id`);--> statement-breakpoint
CREATE TABLE `sandbox_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`market_day_id` text,
	`order_no` text NOT NULL,
	`buyer` text NOT NULL,
	`lines` text NOT NULL,
	`goods_fen` integer NOT NULL,
	`freight_fen` integer NOT NULL,
	`trap` text,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `sandbox_stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`market_day_id`) REFERENCES `sandbox_market_days`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sandbox_orders_no_idx` ON `sandbox_orders` (`store_id`,`order_no`);--> statement-breakpoint
CREATE TABLE `sandbox_stores` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`business_model` text NOT NULL,
	`ebc_code` text NOT NULL,
	`ebc_name` text NOT NULL,
	`ebp_code` text NOT NULL,
	`ebp_name` text NOT NULL,
	`credit_tier` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sandbox_stores_slug_unique` ON `sandbox_stores` (`slug`);--> statement-breakpoint
CREATE INDEX `sandbox_stores_owner_idx` ON `sandbox_stores` (`owner_id`);--> statement-breakpoint
CREATE TABLE `sandbox_training_keys` (
	`user_id` text PRIMARY KEY NOT NULL,
	`secret` text NOT NULL,
	`key_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
