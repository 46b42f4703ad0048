DROP INDEX `enrolments_course_idx`;--> statement-breakpoint
CREATE INDEX `enrolments_activity_idx` ON `enrolments` (`last_activity_at`);--> statement-breakpoint
CREATE INDEX `enrolments_enrolled_idx` ON `enrolments` (`enrolled_at`);--> statement-breakpoint
CREATE INDEX `enrolments_course_idx` ON `enrolments` (`course_id`,`completed_at`);--> statement-breakpoint
CREATE INDEX `certificates_issued_idx` ON `certificates` (`issued_at`);--> statement-breakpoint
CREATE INDEX `lesson_completions_by_course_idx` ON `lesson_completions` (`course_id`);--> statement-breakpoint
CREATE INDEX `quiz_attempts_course_idx` ON `quiz_attempts` (`course_id`,`passed`);