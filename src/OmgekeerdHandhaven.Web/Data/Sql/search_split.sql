-- version 1
CREATE OR REPLACE FUNCTION public.search_split(w text)
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
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
END $function$;
