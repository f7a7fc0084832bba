-- version 1
CREATE OR REPLACE FUNCTION public.search_bases(w text)
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
DECLARE
    particles constant text[] := '{aan,achter,af,bij,door,in,mee,na,neer,om,onder,op,over,samen,terug,toe,uit,voor,weg}';
    inseparable constant text[] := '{be,ver,ont,her,er,mis,ge}';
    front text := '';
    core text := w;
    candidates text[] := '{}';
    s text;
    p text;
    kind text;
    open_syllable text;
BEGIN
    IF length(w) < 3 OR length(w) > 40 THEN
        RETURN NULL;
    END IF;
    -- A particle in front stays in front of the base ("afgelost" is "af" + "gelost": "aflossen").
    FOREACH p IN ARRAY particles LOOP
        IF w LIKE p || '_%' AND length(w) - length(p) >= 4 THEN
            front := p;
            core := substr(w, length(p) + 1);
            EXIT;
        END IF;
    END LOOP;

    -- Strong and irregular verbs, from the table: "kocht", "afgewezen" ("af" + "gewezen": "afwijzen"), and with an
    -- inseparable prefix, which drops the ge- of the participle: "verkocht", "verzwegen" ("ver" + "(ge)zwegen").
    candidates := ARRAY(
        SELECT x.head || i.pre || f.infinitive
        FROM (VALUES ('', w), (front, core)) AS x (head, tail)
        CROSS JOIN (SELECT '' AS pre UNION ALL SELECT unnest(inseparable)) i
        JOIN search_verb_forms f ON x.tail LIKE i.pre || '_%'
            AND (f.form = substr(x.tail, length(i.pre) + 1) OR (i.pre <> '' AND f.form = 'ge' || substr(x.tail, length(i.pre) + 1))));

    -- Weak verbs: the participle and past tense lose ge- and their ending ("betaald", "meldde", "gestopt"); so do
    -- nouns in -t, -st and -ing ("teelt", "ontvangst", "melding"). The bare rest and the infinitive made of it count.
    IF core LIKE 'ge%' AND length(core) >= 6 THEN
        core := substr(core, 3);
    END IF;
    -- A stem that ends in d or t takes no second one: "gemeld" is "meld" + nothing, so "melden".
    IF length(w) >= 5 AND core ~ '[dt]$' THEN
        candidates := candidates || (front || core || 'en');
    END IF;
    FOR s, kind IN
        SELECT left(core, -length(e.ending)), e.kind
        FROM (VALUES ('d', 'verb'), ('t', 'verb'), ('de', 'verb'), ('te', 'verb'), ('den', 'verb'), ('ten', 'verb'), ('st', 'verb'), ('ing', 'verb'),
                     -- verbs made of a noun: "controleren" - "controle", "participeren" - "participatie"
                     ('eren', 'e'), ('eren', 'atie'),
                     -- nouns and adjectives of a word: "kwekerij", "erfenis", "zwangerschap", "dementie", "schuldig", "agressief"
                     ('erij', 'verb'), ('enis', 'word'), ('nis', 'word'), ('schap', 'word'), ('ie', 'word'), ('ig', 'word'), ('ige', 'word'),
                     ('lijk', 'word'), ('lijke', 'word'), ('ief', 'ie'), ('ieve', 'ie'),
                     -- persons: only a verb of the rest counts ("huurder" - "huren"), else "moeder" would find "moed"
                     ('ster', 'person'), ('der', 'person'), ('er', 'person'), ('aar', 'person'), ('eur', 'e')) AS e (ending, kind)
        WHERE core LIKE '%' || e.ending AND length(core) - length(e.ending) >= 3 AND length(w) >= 5
    LOOP
        -- A long vowel is written single before -en ("betaal" - "betalen"); f and s become v and z ("verslaaf(d)" -
        -- "verslaven", "erf" - "erven"); a short vowel doubles the consonant ("stop" - "stoppen").
        open_syllable := regexp_replace(regexp_replace(s, '(aa|ee|oo|uu)([^aeiou])$', '\1\2'), '(a|e|o|u)\1([^aeiou])$', '\1\2');
        open_syllable := regexp_replace(regexp_replace(open_syllable, 'f$', 'v'), 's$', 'z');
        candidates := candidates || (front || open_syllable || 'en');
        IF kind = 'person' THEN
            candidates := candidates || (front || s || 'en');
        ELSIF kind = 'ie' THEN
            candidates := candidates || (front || s || 'ie');
        ELSIF kind = 'e' THEN
            candidates := candidates || (front || s || 'e');
        ELSIF kind = 'atie' THEN
            candidates := candidates || (front || s || 'atie');
        ELSE
            candidates := candidates || (front || s) || (front || s || 'en');
            IF s ~ '[^aeiou][aeiou][^aeiouwj]$' THEN
                candidates := candidates || (front || s || right(s, 1) || 'en');
            END IF;
        END IF;
    END LOOP;
    RETURN ARRAY(
        SELECT DISTINCT c FROM unnest(candidates) c
        WHERE c <> w AND length(c) >= 3 AND EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = c AND l.usable)
        ORDER BY c);
END $function$;
