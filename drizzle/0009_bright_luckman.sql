ALTER TABLE `sandbox_products` ADD `platform` text DEFAULT 'own-site' NOT NULL;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `brand` text;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `attributes` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `images` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `sandbox_products` ADD `published_at` integer;