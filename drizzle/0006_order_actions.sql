CREATE TABLE `sandbox_order_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`user_id` text NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	`child_order_nos` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `sandbox_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sandbox_order_actions_order_idx` ON `sandbox_order_actions` (`order_id`);