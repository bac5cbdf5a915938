DROP TABLE sessions; DROP TABLE items; DROP TYPE size; DROP TYPE answer; DROP TYPE mood;
