DROP INDEX `certificates_issued_idx`;--> statement-breakpoint
CREATE INDEX `certificates_issued_idx` ON `certificates` (`issued_at`,`course_id`,`institution_id`);--> statement-breakpoint
DROP INDEX `enrolments_enrolled_idx`;--> statement-breakpoint
CREATE INDEX `enrolments_completed_idx` ON `enrolments` (`completed_at`,`course_id`);--> statement-breakpoint
CREATE INDEX `enrolments_enrolled_idx` ON `enrolments` (`enrolled_at`,`course_id`);