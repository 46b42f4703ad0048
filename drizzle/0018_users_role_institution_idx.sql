DROP INDEX `users_role_idx`;--> statement-breakpoint
CREATE INDEX `users_role_institution_idx` ON `users` (`role`,`institution_id`);