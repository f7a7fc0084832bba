namespace OmgekeerdHandhaven.Web.Data.Migrations;

/// <summary>The SQL of the SearchLanguage migration, kept apart because it is long.</summary>
internal static class SearchLanguageSql
{
    public const string Up = """
        -- levenshtein() to choose between spelling suggestions; a trusted extension like pg_trgm.
        CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

        -- Words that may be parts of a compound: a Dutch word list (wdutch) and the app's own domain words, loaded by
        -- SearchLanguageSetup after migrating. "usable = false" marks words that split badly ("schappelijke").
        CREATE TABLE search_lexicon (word text PRIMARY KEY, source text NOT NULL, usable boolean NOT NULL DEFAULT true);

        -- Which version (hash) of the word list, the domain words and the thesaurus is loaded.
        CREATE TABLE search_language_sources (name text PRIMARY KEY, version text NOT NULL);

        -- Memo of splits: a word is split once, then looked up (parts NULL = not a compound).
        CREATE TABLE search_compounds (word text PRIMARY KEY, parts text[]);

        -- The words of each gemeente's own texts, for "Bedoelde u …?" (never shared between gemeenten).
        CREATE TABLE search_vocabulary (
            municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
            word text NOT NULL,
            PRIMARY KEY (municipality_id, word));
        CREATE INDEX ix_search_vocabulary_word_trgm ON search_vocabulary USING gin (word gin_trgm_ops);

        -- The thesaurus shipped with the app, replaced by SearchLanguageSetup from its embedded file.
        CREATE TABLE search_default_synonyms (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, terms text[] NOT NULL);

        -- Longest known first part wins; a linking s (uitkering-s-fraude) is dropped unless s starts the next word
        -- (alleen-staande). Parts are split again, so "jeugdhulpverlener" yields jeugdhulp, jeugd, hulp and verlener.
        CREATE FUNCTION search_split(w text) RETURNS text[] LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
        DECLARE
            i int;
            head text;
            tail text;
            rest text[];
        BEGIN
            IF length(w) < 7 OR length(w) > 40 THEN
                RETURN NULL;
            END IF;
            FOR i IN REVERSE length(w) - 3 .. 3 LOOP
                head := left(w, i);
                tail := substr(w, i + 1);
                IF NOT EXISTS (SELECT 1 FROM search_lexicon WHERE word = head AND usable) THEN
                    IF right(head, 1) = 's' AND i > 3 AND EXISTS (SELECT 1 FROM search_lexicon WHERE word = left(head, -1) AND usable) THEN
                        head := left(head, -1);
                        IF EXISTS (SELECT 1 FROM search_lexicon WHERE word = 's' || tail AND usable) THEN
                            tail := 's' || tail;
                        END IF;
                    ELSE
                        CONTINUE;
                    END IF;
                END IF;
                IF EXISTS (SELECT 1 FROM search_lexicon WHERE word = tail AND usable) THEN
                    rest := ARRAY[tail] || coalesce(search_split(tail), '{}');
                ELSE
                    rest := search_split(tail);
                    CONTINUE WHEN rest IS NULL;
                END IF;
                RETURN ARRAY[head] || coalesce(search_split(head), '{}') || rest;
            END LOOP;
            RETURN NULL;
        END $$;

        -- Query time: the memo when the word was seen before, otherwise split now (a search writes nothing).
        CREATE FUNCTION search_parts(w text) RETURNS text[] LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
        DECLARE
            found_parts text[];
        BEGIN
            SELECT parts INTO found_parts FROM search_compounds WHERE word = w;
            IF FOUND THEN
                RETURN found_parts;
            END IF;
            RETURN search_split(w);
        END $$;

        -- Index time: a text plus the parts of its compounds, so "fraude" finds "uitkeringsfraude".
        CREATE FUNCTION search_expand(body text) RETURNS text LANGUAGE plpgsql AS $$
        DECLARE
            words text[];
        BEGIN
            words := ARRAY(SELECT DISTINCT w FROM regexp_split_to_table(lower(unaccent(body)), '[^a-z]+') w WHERE length(w) BETWEEN 7 AND 40);
            INSERT INTO search_compounds (word, parts)
            SELECT w, search_split(w) FROM unnest(words) w
            WHERE NOT EXISTS (SELECT 1 FROM search_compounds c WHERE c.word = w)
            ON CONFLICT (word) DO NOTHING;
            RETURN body || coalesce(' ' || (
                SELECT string_agg(array_to_string(c.parts, ' '), ' ') FROM search_compounds c WHERE c.word = ANY (words) AND c.parts IS NOT NULL), '');
        END $$;

        -- Each term of a group is first replaced by a placeholder for its group and then the placeholder by the whole
        -- group: rewriting terms straight into groups would rewrite the group's own terms again.
        CREATE VIEW search_synonym_rules AS
        WITH groups AS (
            SELECT NULL::uuid AS municipality_id, 'd' || id AS key, terms FROM search_default_synonyms
            UNION ALL
            SELECT municipality_id, id::text, terms FROM synonym_groups)
        SELECT g.municipality_id, t.target, format('%L', '§' || g.key)::tsquery AS placeholder, s.substitute
        FROM groups g
        CROSS JOIN LATERAL (
            SELECT phraseto_tsquery('dutch_unaccent', term) AS target FROM unnest(g.terms) term
            UNION
            SELECT plainto_tsquery('dutch_unaccent', term) FROM unnest(g.terms) term) t
        CROSS JOIN LATERAL (
            SELECT string_agg('(' || phraseto_tsquery('dutch_unaccent', x)::text || ')', ' | ')::tsquery AS substitute
            FROM unnest(g.terms) x WHERE numnode(phraseto_tsquery('dutch_unaccent', x)) > 0) s
        WHERE numnode(t.target) > 0 AND s.substitute IS NOT NULL;

        -- What the Zoekterm box means for one gemeente: websearch syntax, then its synonyms, then compounds written apart.
        CREATE FUNCTION dilemma_tsquery(municipality uuid, search text) RETURNS tsquery LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
        DECLARE
            q tsquery := websearch_to_tsquery('dutch_unaccent', search);
            r record;
        BEGIN
            IF numnode(q) = 0 THEN
                RETURN q;
            END IF;
            q := ts_rewrite(q, format('SELECT target, placeholder FROM search_synonym_rules WHERE municipality_id IS NULL OR municipality_id = %L', municipality));
            q := ts_rewrite(q, format('SELECT DISTINCT placeholder, substitute FROM search_synonym_rules WHERE municipality_id IS NULL OR municipality_id = %L', municipality));
            FOR r IN
                SELECT w, search_parts(w) AS parts
                FROM (SELECT DISTINCT w FROM regexp_split_to_table(lower(unaccent(search)), '[^a-z]+') w WHERE length(w) BETWEEN 7 AND 40) words
            LOOP
                IF r.parts IS NOT NULL THEN
                    q := ts_rewrite(q, plainto_tsquery('dutch_unaccent', r.w),
                        plainto_tsquery('dutch_unaccent', r.w) || plainto_tsquery('dutch_unaccent', array_to_string(r.parts, ' ')));
                END IF;
            END LOOP;
            RETURN q;
        END $$;

        -- The document now carries the parts of its compounds, and the gemeente's vocabulary learns the words.
        CREATE OR REPLACE FUNCTION refresh_dilemma_search(target uuid) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            d dilemmas%ROWTYPE;
            a text;
            b text;
            c text;
        BEGIN
            SELECT * INTO d FROM dilemmas WHERE id = target;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            a := search_expand(d.title || ' ' || d.question);
            b := search_expand(d.situation || ' ' || coalesce((
                SELECT string_agg(x.solution || ' ' || x.rationale || ' ' || coalesce((
                    SELECT string_agg(ag.description || ' ' || ag.responsible || ' ' || ag.fallback, ' ')
                    FROM agreements ag WHERE ag.decision_id = x.id), ''), ' ')
                FROM decisions x WHERE x.dilemma_id = d.id AND x.superseded_at IS NULL), ''));
            c := search_expand(
                coalesce((SELECT string_agg((o ->> 'Description') || ' ' || (o ->> 'Consequences'), ' ') FROM jsonb_array_elements(coalesce(d.options, '[]'::jsonb)) o), '') || ' ' ||
                array_to_string(d.risk_signals, ' ') || ' ' ||
                coalesce((SELECT string_agg(p.name, ' ') FROM dilemma_policy_areas dp JOIN policy_areas p ON p.id = dp.policy_area_id WHERE dp.dilemma_id = d.id), '') || ' ' ||
                coalesce((SELECT string_agg(cm.body, ' ') FROM comments cm WHERE cm.dilemma_id = d.id), '') || ' ' ||
                coalesce(d.interests, '') || ' ' || coalesce(d.proposal, '') || ' ' || coalesce(d.legal_basis, ''));
            INSERT INTO dilemma_search (dilemma_id, municipality_id, document)
            VALUES (d.id, d.municipality_id,
                setweight(to_tsvector('dutch_unaccent', a), 'A') || setweight(to_tsvector('dutch_unaccent', b), 'B') || setweight(to_tsvector('dutch_unaccent', c), 'C'))
            ON CONFLICT (dilemma_id) DO UPDATE SET document = excluded.document;
            INSERT INTO search_vocabulary (municipality_id, word)
            SELECT DISTINCT d.municipality_id, w FROM regexp_split_to_table(lower(a || ' ' || b), '[^[:alpha:]]+') w WHERE length(w) BETWEEN 3 AND 40
            ON CONFLICT DO NOTHING;
        END $$;
        """;

    public const string Down = """
        DROP FUNCTION dilemma_tsquery(uuid, text);
        DROP VIEW search_synonym_rules;
        DROP FUNCTION search_expand(text);
        DROP FUNCTION search_parts(text);
        DROP FUNCTION search_split(text);
        DROP TABLE search_default_synonyms;
        DROP TABLE search_vocabulary;
        DROP TABLE search_compounds;
        DROP TABLE search_lexicon;
        DROP TABLE search_language_sources;
        CREATE OR REPLACE FUNCTION refresh_dilemma_search(target uuid) RETURNS void LANGUAGE sql AS $$
            INSERT INTO dilemma_search (dilemma_id, municipality_id, document)
            SELECT d.id, d.municipality_id,
                setweight(to_tsvector('dutch_unaccent', d.title || ' ' || d.question), 'A') ||
                setweight(to_tsvector('dutch_unaccent', d.situation || ' ' || coalesce((
                    SELECT string_agg(x.solution || ' ' || x.rationale || ' ' || coalesce((
                        SELECT string_agg(a.description || ' ' || a.responsible || ' ' || a.fallback, ' ')
                        FROM agreements a WHERE a.decision_id = x.id), ''), ' ')
                    FROM decisions x WHERE x.dilemma_id = d.id AND x.superseded_at IS NULL), '')), 'B') ||
                setweight(to_tsvector('dutch_unaccent',
                    coalesce((SELECT string_agg((o ->> 'Description') || ' ' || (o ->> 'Consequences'), ' ') FROM jsonb_array_elements(coalesce(d.options, '[]'::jsonb)) o), '') || ' ' ||
                    array_to_string(d.risk_signals, ' ') || ' ' ||
                    coalesce((SELECT string_agg(p.name, ' ') FROM dilemma_policy_areas dp JOIN policy_areas p ON p.id = dp.policy_area_id WHERE dp.dilemma_id = d.id), '') || ' ' ||
                    coalesce((SELECT string_agg(c.body, ' ') FROM comments c WHERE c.dilemma_id = d.id), '') || ' ' ||
                    coalesce(d.interests, '') || ' ' || coalesce(d.proposal, '') || ' ' || coalesce(d.legal_basis, '')), 'C')
            FROM dilemmas d WHERE d.id = target
            ON CONFLICT (dilemma_id) DO UPDATE SET document = excluded.document;
        $$;
        """;
}
