-- version 3
CREATE OR REPLACE FUNCTION public.search_segments(w text, inflections boolean DEFAULT true)
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
DECLARE
    n int := length(w);
    r record;
    parts_at int[];
    shortest_at int[];
    links_at int[];
    path_at text[];
    candidate_parts int;
    candidate_shortest int;
    candidate_links int;
    last_at int[];
    known text[];
    stem text;
    particles constant text[] := '{aan,achter,bij,binnen,boven,buiten,door,langs,mee,meerder,minder,naast,neer,onder,over,samen,tegen,terug,toe,tussen,uit,voor,weg,zonder}';
BEGIN
    -- Adjectives in -lijk and -ig are made from a whole ("noodzaak-elijk", "minderjarig"), not of two words.
    IF n < 7 OR n > 40 OR w ~ '(lijk|lijke|ig|ige)$' THEN
        RETURN NULL;
    END IF;
    -- A particle and a word ("achterstand", "onderzoek", "voorschot") come from a verb with a particle: "achter stand"
    -- or "voor schot" is not what they mean, and a particle does not begin a compound either (below).
    IF EXISTS (SELECT 1 FROM unnest(particles) p WHERE w LIKE p || '%' AND EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = substr(w, length(p) + 1) AND l.usable)) THEN
        RETURN NULL;
    END IF;
    -- An inflected form of a word that is no compound stays whole, as that word does: "diensten" is "dienst" + "en",
    -- "kinderen" "kind" + "eren", "gesprekken" "gesprek" + "ken", "brieven" "brief" + "ven" — not "dien sten",
    -- "kind eren", "gesp rekken". A compound's plural is split below as usual ("huur woningen"). Only a stem that is a
    -- word of the lexicon is split itself, one level deep (inflections false): a made-up word typed in a search box
    -- ("enenenen…") costs no more than one split.
    IF inflections THEN
        FOREACH stem IN ARRAY ARRAY[
            CASE WHEN w LIKE '%en' THEN left(w, n - 2) END,
            CASE WHEN w ~ '[ens]$' THEN left(w, n - 1) END,
            CASE WHEN w LIKE '%eren' THEN left(w, n - 4) END,
            CASE WHEN w ~ '([bdfgklmnprst])\1en$' THEN left(w, n - 3) END,
            CASE WHEN w LIKE '%heden' THEN left(w, n - 5) || 'heid' END,
            CASE WHEN w ~ '[vz]en$' THEN left(w, n - 3) || translate(substr(w, n - 2, 1), 'vz', 'fs') END,
            CASE WHEN w ~ '[^aeiou][aeou][bdfgklmnprstvz]en$' THEN left(w, n - 3) || substr(w, n - 3, 1) || translate(substr(w, n - 2, 1), 'vz', 'fs') END
        ] LOOP
            CONTINUE WHEN stem IS NULL OR length(stem) < 3;
            CONTINUE WHEN NOT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = stem AND l.usable);
            IF search_segments(stem, false) IS NULL THEN
                RETURN NULL;
            END IF;
        END LOOP;
    END IF;
    -- Position p (0..n) is array index p + 1: the best way found to cover the first p letters.
    parts_at := array_fill(NULL::int, ARRAY[n + 1]);
    shortest_at := array_fill(NULL::int, ARRAY[n + 1]);
    links_at := array_fill(NULL::int, ARRAY[n + 1]);
    last_at := array_fill(NULL::int, ARRAY[n + 1]);
    path_at := array_fill(NULL::text, ARRAY[n + 1]);
    parts_at[1] := 0;
    shortest_at[1] := 100;
    links_at[1] := 0;
    path_at[1] := '';
    -- The lexicon's words among all stretches of the word, looked up at once (= ANY keeps it to the index).
    known := ARRAY(
        SELECT l.word FROM search_lexicon l
        WHERE l.usable AND l.word = ANY (ARRAY(
            SELECT substr(w, s.i, s.size) FROM generate_series(1, n - 2) AS s0 (i) CROSS JOIN LATERAL generate_series(3, n - s0.i + 1) AS z (size)
            CROSS JOIN LATERAL (SELECT s0.i AS i, z.size AS size) s)));
    -- Every stretch of the word that is a word of the lexicon, or one followed by a linking s, e, en or er when
    -- more follows ("arbeid-s-plicht", "kind-er-bijslag"); in order of where it starts, so each start is final first.
    FOR r IN
        SELECT s.i AS start, s.i + length(c.piece) + length(c.link) - 1 AS stop, c.piece AS part, (c.link <> '')::int AS linked
        FROM generate_series(1, n - 2) AS s (i)
        CROSS JOIN LATERAL generate_series(s.i + 2, n) AS e (j)
        CROSS JOIN LATERAL (VALUES ('', 0), ('s', 1), ('e', 1), ('en', 2), ('er', 2)) AS k (link, size)
        CROSS JOIN LATERAL (SELECT substr(w, s.i, e.j - s.i + 1 - k.size) AS piece, k.link) c
        WHERE (k.size = 0 OR (e.j < n AND right(substr(w, s.i, e.j - s.i + 1), k.size) = k.link))
          AND length(c.piece) >= 3 AND NOT (s.i = 1 AND e.j = n)
          AND c.piece = ANY (known)
          AND NOT (s.i = 1 AND c.piece = ANY (particles))
        ORDER BY s.i
    LOOP
        CONTINUE WHEN parts_at[r.start] IS NULL;
        candidate_parts := parts_at[r.start] + 1;
        candidate_shortest := least(shortest_at[r.start], r.stop - r.start + 1);
        candidate_links := links_at[r.start] + r.linked;
        -- Fewest parts ("kind-er-bijslag" before "kind erbij slag"); then the longest shortest part ("jeugdhulp verlener"
        -- before "jeugd hulpverlener"); then a linking letter split off, which leaves the base form ("inkomen-s-grens"
        -- rather than "inkomens grens"); then the longer last part, the head of a Dutch compound ("zoek termijn", not
        -- "zoekt mijn"). Lengths count the linking letters, so a link alone does not make a part shorter.
        IF parts_at[r.stop + 1] IS NULL
           OR candidate_parts < parts_at[r.stop + 1]
           OR (candidate_parts = parts_at[r.stop + 1] AND candidate_shortest > shortest_at[r.stop + 1])
           OR (candidate_parts = parts_at[r.stop + 1] AND candidate_shortest = shortest_at[r.stop + 1] AND candidate_links > links_at[r.stop + 1])
           OR (candidate_parts = parts_at[r.stop + 1] AND candidate_shortest = shortest_at[r.stop + 1] AND candidate_links = links_at[r.stop + 1]
               AND r.stop - r.start + 1 > last_at[r.stop + 1]) THEN
            parts_at[r.stop + 1] := candidate_parts;
            shortest_at[r.stop + 1] := candidate_shortest;
            links_at[r.stop + 1] := candidate_links;
            last_at[r.stop + 1] := r.stop - r.start + 1;
            path_at[r.stop + 1] := path_at[r.start] || ' ' || r.part;
        END IF;
    END LOOP;
    IF path_at[n + 1] IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN string_to_array(trim(path_at[n + 1]), ' ');
END $function$;
