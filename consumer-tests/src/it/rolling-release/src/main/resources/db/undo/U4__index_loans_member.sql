drop index concurrently loans_member_id_idx;
