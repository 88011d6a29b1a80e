-- Search over client names, contact names, phones and emails (SPEC §1), one row per client,
-- rowid = clients.id. The client repository (steward-store-clients.c) rewrites a client's rows
-- in the same transaction as every change of the client or its contacts; the body is the
-- searchable text passed through steward_client_name_key () (NFKC + case folding).
--
-- client_search: trigram tokenizer, for queries of 3 or more characters (any substring, Chinese
-- or Latin).
CREATE VIRTUAL TABLE client_search USING fts5 (body, tokenize = 'trigram');

-- client_search_short: for queries of 1–2 characters, which trigrams cannot match. The body has
-- a space between wide (CJK) characters, so each Chinese character is a token and "科技" is the
-- phrase "科 技"; Latin words and digit groups are tokens matched by prefix ("ac*").
CREATE VIRTUAL TABLE client_search_short USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER clients_search_delete AFTER DELETE ON clients
BEGIN
  DELETE FROM client_search WHERE rowid = OLD.id;
  DELETE FROM client_search_short WHERE rowid = OLD.id;
END;
