-- Every write of skill evidence queues its learner for `refreshSkillLevels` (src/lib/progress/skill-level-store.ts),
-- whichever code path made it. Deleting before inserting gives a queued learner a new, larger id (AUTOINCREMENT).
CREATE TRIGGER `skill_queue_lesson_completions_insert` AFTER INSERT ON `lesson_completions` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_lesson_completions_delete` AFTER DELETE ON `lesson_completions` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_lesson_completions_update` AFTER UPDATE ON `lesson_completions` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_quiz_attempts_insert` AFTER INSERT ON `quiz_attempts` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_quiz_attempts_delete` AFTER DELETE ON `quiz_attempts` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_quiz_attempts_update` AFTER UPDATE ON `quiz_attempts` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_scenario_attempts_insert` AFTER INSERT ON `sandbox_scenario_attempts` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_scenario_attempts_delete` AFTER DELETE ON `sandbox_scenario_attempts` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_scenario_attempts_update` AFTER UPDATE ON `sandbox_scenario_attempts` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_declarations_insert` AFTER INSERT ON `sandbox_declarations` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_declarations_delete` AFTER DELETE ON `sandbox_declarations` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_declarations_update` AFTER UPDATE OF `user_id`, `kind`, `attempt`, `findings` ON `sandbox_declarations` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = old.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT old.`user_id` WHERE old.`user_id` IS NOT NULL;
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`user_id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`user_id` WHERE new.`user_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_declaration_events_insert` AFTER INSERT ON `sandbox_declaration_events` WHEN new.`status` = 'accepted' BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = new.`declaration_id`);
  INSERT INTO `skill_level_queue` (`user_id`) SELECT (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = new.`declaration_id`) WHERE (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = new.`declaration_id`) IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_declaration_events_delete` AFTER DELETE ON `sandbox_declaration_events` WHEN old.`status` = 'accepted' BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = old.`declaration_id`);
  INSERT INTO `skill_level_queue` (`user_id`) SELECT (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = old.`declaration_id`) WHERE (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = old.`declaration_id`) IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_declaration_events_update` AFTER UPDATE OF `status`, `declaration_id` ON `sandbox_declaration_events` WHEN old.`status` = 'accepted' OR new.`status` = 'accepted' BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = old.`declaration_id`);
  INSERT INTO `skill_level_queue` (`user_id`) SELECT (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = old.`declaration_id`) WHERE (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = old.`declaration_id`) IS NOT NULL;
  DELETE FROM `skill_level_queue` WHERE `user_id` = (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = new.`declaration_id`);
  INSERT INTO `skill_level_queue` (`user_id`) SELECT (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = new.`declaration_id`) WHERE (SELECT `user_id` FROM `sandbox_declarations` WHERE `id` = new.`declaration_id`) IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `skill_queue_users_role` AFTER UPDATE OF `role` ON `users` WHEN old.`role` IS NOT new.`role` BEGIN
  DELETE FROM `skill_level_queue` WHERE `user_id` = new.`id`;
  INSERT INTO `skill_level_queue` (`user_id`) SELECT new.`id` WHERE new.`id` IS NOT NULL;
END;
