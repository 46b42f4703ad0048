CREATE TABLE `quiz_papers` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`lesson_id` text NOT NULL,
	`seed` integer NOT NULL,
	`layout` text NOT NULL,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	`attempt_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attempt_id`) REFERENCES `quiz_attempts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_papers_open_idx` ON `quiz_papers` (`user_id`,`lesson_id`) WHERE "quiz_papers"."submitted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `quiz_papers_user_lesson_idx` ON `quiz_papers` (`user_id`,`lesson_id`,`created_at`);