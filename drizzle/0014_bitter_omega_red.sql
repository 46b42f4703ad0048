ALTER TABLE `institutions` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `institutions` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `institutions` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `institutions` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `invite_codes` ADD `revoked_at` integer;--> statement-breakpoint
ALTER TABLE `invite_codes` ADD `revoked_by` text REFERENCES users(id);