DROP INDEX `sandbox_decl_events_idx`;--> statement-breakpoint
CREATE INDEX `sandbox_decl_events_idx` ON `sandbox_declaration_events` (`declaration_id`,`status`);--> statement-breakpoint
DROP INDEX `sandbox_declarations_status_idx`;--> statement-breakpoint
CREATE INDEX `sandbox_declarations_store_idx` ON `sandbox_declarations` (`store_id`);--> statement-breakpoint
CREATE INDEX `sandbox_declarations_status_idx` ON `sandbox_declarations` (`status`,`attempt`);--> statement-breakpoint
CREATE INDEX `users_role_name_idx` ON `users` (`role`,`display_name`,`id`,`institution_id`);--> statement-breakpoint
CREATE INDEX `users_institution_name_idx` ON `users` (`institution_id`,`role`,`display_name`,`id`);