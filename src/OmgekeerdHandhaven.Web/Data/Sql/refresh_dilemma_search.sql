-- version 1
CREATE OR REPLACE FUNCTION public.refresh_dilemma_search(target uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
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
    INSERT INTO dilemma_search (dilemma_id, municipality_id, document, status, phase, year, author_id, updated_at, policy_area_ids)
    VALUES (d.id, d.municipality_id,
        setweight(to_tsvector('dutch_unaccent', a), 'A') || setweight(to_tsvector('dutch_unaccent', b), 'B') || setweight(to_tsvector('dutch_unaccent', c), 'C'),
        d.status, d.phase, d.year, d.author_id, d.updated_at,
        ARRAY(SELECT dp.policy_area_id FROM dilemma_policy_areas dp WHERE dp.dilemma_id = d.id))
    ON CONFLICT (dilemma_id) DO UPDATE SET document = excluded.document, status = excluded.status, phase = excluded.phase, year = excluded.year,
        author_id = excluded.author_id, updated_at = excluded.updated_at, policy_area_ids = excluded.policy_area_ids;
    INSERT INTO search_vocabulary (municipality_id, word)
    SELECT DISTINCT d.municipality_id, w FROM regexp_split_to_table(lower(a || ' ' || b), '[^[:alpha:]]+') w WHERE length(w) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING;
END $function$;
