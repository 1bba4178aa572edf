-- Each process's servers by shard ("0=11,1=9"), so that two processes running one shard count its servers once.
ALTER TABLE bot_processes ADD COLUMN shard_servers TEXT NOT NULL DEFAULT '';
