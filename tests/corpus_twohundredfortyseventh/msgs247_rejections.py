"""Corpus 247, rejections (31): 15 de, 8 en, 4 fr, 4 es. Hand-written, one dict per message."""

from __future__ import annotations

from msgs247_common import (
    ME, ME_SIG, ats_card, attribution, outlook_block, outlook_html, paras, quote, reply,
    simple_html,
)

# Texts of the candidate's own mails that later rejections quote (the mails themselves are in
# msgs247_other.py and import these).
KLU_THANKS = """Sehr geehrte Frau Mag.a Gruber-Lehner,

herzlichen Dank für das angenehme Hearing gestern in der Anstaltsapotheke. Besonders die
Fragen von Frau Primaria Dr. Aigner zur Abweichungsbearbeitung haben mir gezeigt, wie viel
Wert Sie auf gelebte GMP legen. Das Vorstellungsgespräch hat mein Interesse an der Stelle
noch verstärkt.

Falls Sie noch Unterlagen benötigen (etwa das Zeugnis meines Lehrgangs), schicke ich sie
gerne nach.

Mit freundlichen Grüßen
""" + ME_SIG

LVH_THANKS = """Dear Ms Hegarty,

Thank you for taking the time to meet me on Tuesday, and please pass my thanks on to
Dr Cronin as well. I enjoyed hearing how the pharmacy aseptic unit prepares for its HPRA
inspections, and the interview confirmed how much I would like to contribute there.

Kind regards,
Ottilie Brandauer-Nkemelu
+43 664 318 27 95"""

KLU_DISCLAIMER = """--
Diese Nachricht kann vertrauliche Informationen enthalten und ist ausschließlich für den
genannten Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben,
verständigen Sie bitte den Absender und löschen Sie die Nachricht. Klinikum Linz-Urfahr,
Firmenbuch FN 218844 k, Landesgericht Linz."""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German (15)
    dict(
        kind="rejection", slug="murtal_personio_formal", lang="de", company="Murtal Sterilgut",
        contact="", date="2026-01-28 07:42 +0000",
        sender=("Murtal Sterilgut GmbH", "noreply@personio.de"),
        subject="Ihre Bewerbung als Associate Qualitätssicherung (m/w/d) – Judenburg",
        parent="murtal_ack",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Personio-Template", "rejection")],
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

vielen Dank für Ihr Interesse an der Position „Associate Qualitätssicherung (m/w/d)“ an
unserem Standort Judenburg und für die Zeit, die Sie in Ihre Unterlagen investiert haben.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Recruiting-Team Murtal Sterilgut GmbH

Diese Nachricht wurde automatisch über Personio versendet. Antworten auf diese Adresse
werden nicht gelesen.
""",
    ),
    dict(
        kind="rejection", slug="klinikum_after_hearing_quotes_thanks", lang="de",
        company="Klinikum Linz-Urfahr", contact="doris.gruber-lehner@klinikum-lu.example.at",
        date="2026-04-14 16:05 +0200", parent="klu_thanks",
        sender=("Mag.a Doris Gruber-Lehner", "doris.gruber-lehner@klinikum-lu.example.at"),
        subject="AW: Danke für das Hearing am 2. April",
        **(lambda t: dict(text=t, html=outlook_html(paras(t))))(reply(
            """Sehr geehrte Frau Brandauer-Nkemelu,

danke für Ihre freundlichen Zeilen – auch der Kommission ist das Gespräch in guter
Erinnerung geblieben. Nach dem zweiten Hearing-Tag hat sie sich allerdings für eine
Kandidatin entschieden, die bereits mehrere Jahre Audit-Erfahrung im Spitalsbereich
mitbringt. Die Stelle als QA-Associate in der Anstaltsapotheke können wir Ihnen daher
nicht anbieten.

Bei künftigen Ausschreibungen freuen wir uns über eine neuerliche Bewerbung von Ihnen.

Freundliche Grüße
Mag.a Doris Gruber-Lehner
Personalentwicklung & Recruiting
Klinikum Linz-Urfahr
Urfahraner Lände 12, 4040 Linz
T +43 732 7806-4412

""" + KLU_DISCLAIMER, "de", "2026-04-03 08:47", "Ottilie Brandauer-Nkemelu",
            "ottilie.bn@example.at", KLU_THANKS)),
    ),
    dict(
        kind="rejection", slug="vindobona_successfactors_closer_match", lang="de",
        company="Vindobona Biologics", contact="", date="2026-03-10 11:20 +0100",
        parent="vindo_ack",
        sender=("Vindobona Biologics Karriere", "noreply-recruiting@successfactors.eu"),
        subject="Rückmeldung zu Ihrer Bewerbung – Referenz 26-0412",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Vindobona Biologics · Karriere", paras("""Sehr geehrte Frau Brandauer-Nkemelu,

wir bedanken uns für Ihre Bewerbung als QA Associate Batch Record Review (Ref. 26-0412) in
Wien-Floridsdorf.

Wir haben uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren
Erfahrung den Anforderungen der Position noch genauer entspricht. Diese Entscheidung ist
uns angesichts Ihres Profils nicht leichtgefallen.

Gerne behalten wir Ihre Unterlagen – sofern Sie zustimmen – für zwölf Monate in unserem
Talent-Pool.

Beste Grüße
Talent Acquisition Vindobona Biologics"""),
            footer="Vindobona Biologics GmbH · Brünner Straße 190, 1210 Wien · "
                   "Dies ist eine automatisch generierte Nachricht.",
            color="#5b2a86", lang="de"),
        html_enc=("utf-8", "base64"),
    ),
    dict(
        kind="rejection", slug="traunviertel_on_hold_cp1252", lang="de",
        company="Traunviertel Arzneimittel", contact="h.pichlbauer@traunviertel-arznei.example.at",
        date="2026-04-22 09:31 +0200", parent="tva_invite",
        sender=("Hannes Pichlbauer", "h.pichlbauer@traunviertel-arznei.example.at"),
        subject="AW: Einladung zum Gespräch – QA Associate Steyr",
        enc=("windows-1252", "8bit"),
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

ich muss Ihnen leider eine unerfreuliche Nachricht überbringen: Die Geschäftsführung hat
vergangene Woche einen Einstellungsstopp für den Standort Steyr beschlossen. Die Position
„QA Associate“ wird daher bis auf Weiteres nicht besetzt, und wir führen das
Auswahlverfahren nicht fort – auch nicht mit den Kandidatinnen der zweiten Runde.

Das hat ausdrücklich nichts mit Ihrem Gespräch bei uns zu tun, das sehr positiv war.
Sollte die Stelle 2027 wieder freigegeben werden (Budget ca. 42.000 € brutto p.a.), melde
ich mich gerne direkt bei Ihnen.

Mit freundlichen Grüßen

Hannes Pichlbauer
Leitung Qualitätssicherung
Traunviertel Arzneimittel GmbH
Ennser Straße 88 – 4400 Steyr
Tel. +43 7252 88 410-23
""",
    ),
    dict(
        kind="rejection", slug="schoecklbrot_terse_latin1", lang="de", company="Schöcklbrot",
        contact="m.zach@schoecklbrot.example.at", date="2026-03-03 17:58 +0100",
        parent="schoeckl_ack",
        sender=("Martina Zach", "m.zach@schoecklbrot.example.at"),
        subject="Re: Bewerbung Qualitätssicherung Bäckerei",
        subject_cs=("iso-8859-1", "Q"), enc=("iso-8859-1", "quoted-printable"),
        text="""Hallo Frau Brandauer-Nkemelu,

wir haben uns für jemanden aus der Lebensmitteltechnik entschieden. Danke trotzdem und
alles Gute!

M. Zach
QS Schöcklbrot, Weinitzen
""",
    ),
    dict(
        kind="rejection", slug="kaltenbrunner_relays_nymphenburg", lang="de",
        company="Nymphenburg Pharma", contact="s.leitgeb@kaltenbrunner-pb.example.at",
        date="2026-03-20 13:14 +0100", parent="kb_nymph_move",
        sender=("Sabine Leitgeb | Kaltenbrunner Personalberatung",
                "s.leitgeb@kaltenbrunner-pb.example.at"),
        subject="Feedback Nymphenburg Pharma – QA Associate München",
        **(lambda t: dict(text=t, html=simple_html(paras(t), "de")))("""Liebe Frau Brandauer-Nkemelu,

heute Vormittag habe ich endlich das Feedback von Nymphenburg Pharma bekommen, und es ist
leider keine Zusage: Der Kunde hat sich nach der zweiten Gesprächsrunde für eine interne
Kandidatin aus der Herstellung entschieden. Herr Dr. Wendl hat ausdrücklich gelobt, wie
strukturiert Sie die CAPA-Fallstudie gelöst haben – das nehme ich als Kompliment für
unsere weitere Zusammenarbeit mit.

Ich habe schon zwei andere Mandate im Auge, die gut zu Ihnen passen könnten, und rufe Sie
nächste Woche dazu an.

Herzliche Grüße
Sabine Leitgeb
Senior Consultant Life Sciences
Kaltenbrunner Personalberatung GmbH
Schottenring 16, 1010 Wien
M +43 676 402 11 87"""),
    ),
    dict(
        kind="rejection", slug="tempopharm_client_no_unnamed", lang="de",
        company="TempoPharm Personalleasing", contact="r.aigner@tempopharm.example.at",
        date="2026-03-06 10:02 +0100", parent="tp_client_invite",
        sender=("Robert Aigner", "r.aigner@tempopharm.example.at"),
        subject="Rückmeldung Kundeneinsatz Linz-Süd",
        text="""Grüß Gott Frau Brandauer-Nkemelu,

kurze Info nach dem Vorstellungstermin bei unserem Kunden in Linz-Süd: Der Betrieb
übernimmt die Stelle nun doch mit einer Mitarbeiterin aus dem eigenen Labor, ein
Überlassungseinsatz über uns kommt daher nicht zustande.

Ihr Profil bleibt bei uns aktiv. Sobald ein passender QS-Einsatz hereinkommt, melde ich
mich.

Schöne Grüße
Robert Aigner
Personaldisponent Pharma & Chemie
TempoPharm Personalleasing GmbH · Wiener Straße 131 · 4020 Linz
+43 732 660 912
""",
    ),
    dict(
        kind="rejection", slug="leechwald_filled_internally", lang="de",
        company="Privatklinik Leechwald", contact="e.farkas@leechwald-klinik.example.at",
        date="2026-09-29 15:40 +0200", parent="leech_missed",
        sender=("Personalabteilung Privatklinik Leechwald", "personal@leechwald-klinik.example.at"),
        reply_to=("Elisabeth Farkas", "e.farkas@leechwald-klinik.example.at"),
        subject="Stelle Qualitätsmanagement-Assistenz – Ihre Bewerbung",
        **(lambda t: dict(text=t, html=simple_html(paras(t), "de")))("""Sehr geehrte Frau Brandauer-Nkemelu,

wir möchten Sie informieren, dass die ausgeschriebene Stelle in der Assistenz des
Qualitätsmanagements zwischenzeitlich durch eine Kollegin aus unserem Haus nachbesetzt
wurde. Ihre Bewerbung ist damit leider hinfällig.

Wir danken Ihnen für Ihr Interesse an der Privatklinik Leechwald.

Mit besten Grüßen
Elisabeth Farkas
Personalabteilung
Privatklinik Leechwald · Hilmteichstraße 40 · 8010 Graz
Tel. +43 316 3040-220"""),
    ),
    dict(
        kind="rejection", slug="pammer_casual_du", lang="de",
        company="Labordiagnostik Dr. Pammer", contact="julia.pammer@labor-pammer.example.at",
        date="2026-08-05 21:12 +0200", parent="pammer_application",
        sender=("Julia Pammer", "julia.pammer@labor-pammer.example.at"),
        subject="Re: Bewerbung QA Associate – Ottilie Brandauer-Nkemelu",
        text=reply("""Hallo Ottilie,

ich mach's kurz, weil ich dich nicht länger warten lassen will: wird leider nix. Mein
Vater will für die Akkreditierung unbedingt jemanden, der schon eine ISO-15189-Begehung
mitgemacht hat, und da hatten wir eine Bewerberin, die genau das hat.

Tut mir echt leid, ich hätte gern mit dir gearbeitet. Melde dich, wenn du mal wieder in
Eggenberg bist, dann gehen wir auf einen Kaffee.

LG Julia""", "de", "2026-07-20 08:15", "Ottilie Brandauer-Nkemelu", "ottilie.bn@example.at",
            """Sehr geehrte Frau Dr. Pammer,

anbei übermittle ich Ihnen meine Bewerbung als QA Associate in Ihrem Labor."""),
    ),
    dict(
        kind="rejection", slug="brenner_isarlab_after_noshow_chain", lang="de",
        company="Isarlab Analytik", contact="t.brenner@brenner-search.example.de",
        date="2026-08-03 11:48 +0200", parent="isar_missed",
        sender=("Tobias Brenner", "t.brenner@brenner-search.example.de"),
        cc=[("Lisa Kranz", "l.kranz@brenner-search.example.de")],
        subject="AW: Zoom-Termin Isarlab Analytik – heute 14:00 Uhr",
        text=reply("""Sehr geehrte Frau Brandauer-Nkemelu,

danke für Ihre Erklärung zum verpassten Termin, der Router-Ausfall kann jedem passieren.
Ich habe Isarlab um einen zweiten Anlauf gebeten, leider ohne Erfolg: Die Geschäftsführung
hat die Vorauswahl inzwischen abgeschlossen und führt die Gespräche nur mit den drei
verbliebenen Finalisten weiter. Für diese Position sind Sie damit aus dem Rennen.

Ich bedauere das sehr und behalte Sie für weitere Mandate im Raum München im Blick.

Mit besten Grüßen
Tobias Brenner
Geschäftsführer
Brenner Executive Search GmbH
Prinzregentenstraße 22, 80538 München
Tel. +49 89 2154 3370""", "de", "2026-07-21 14:32", "Tobias Brenner",
            "t.brenner@brenner-search.example.de",
            """Liebe Frau Brandauer-Nkemelu,

Herr Dr. Lechner von Isarlab Analytik hat heute ab 14:00 Uhr im Zoom-Raum auf Sie
gewartet. Ist etwas dazwischengekommen? Bitte melden Sie sich kurz bei mir.

Am 13.07.2026 um 09:10 schrieb Tobias Brenner:
> Hiermit lade ich Sie im Auftrag von Isarlab Analytik zum Vorstellungsgespräch
> am Dienstag, 21. Juli 2026, 14:00 Uhr per Zoom ein."""),
    ),
    dict(
        kind="rejection", slug="pannonia_workday_after_screen", lang="de",
        company="Pannonia Plasma", contact="", date="2026-02-18 06:03 +0000",
        parent="pp_ack",
        sender=("Pannonia Plasma Talent Acquisition", "pannoniaplasma@myworkday.com"),
        subject="Pannonia Plasma: Update zu Ihrer Bewerbung R-10482",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        **(lambda t: dict(
            text=t, enc=("utf-8", "base64"), html_enc=("utf-8", "base64"),
            html=ats_card("Pannonia Plasma", paras(t), footer="Powered by Workday",
                          color="#b5172f", lang="de")))("""Guten Tag Ottilie,

vielen Dank für Ihre Geduld und Ihr Interesse an der Stelle R-10482 QA Associate
Plasma Fractionation (Wien), auch nachdem das geplante Telefonat entfallen musste.

Wir haben alle Profile sorgfältig verglichen und uns entschlossen, Ihre Kandidatur nicht
weiterzuverfolgen. Über den Stand Ihrer übrigen Bewerbungen informiert Sie jederzeit Ihr
Kandidatenkonto.

Freundliche Grüße
Talent Acquisition Pannonia Plasma"""),
    ),
    dict(
        kind="rejection", slug="muehlviertler_softgarden_after_interview", lang="de",
        company="Mühlviertler Molkerei", contact="", date="2026-05-29 12:00 +0200",
        parent="mm_move",
        sender=("Mühlviertler Molkerei eGen via softgarden", "no-reply@softgarden.io"),
        sender_cs=("utf-8", "B"),
        subject="Ihre Bewerbung bei der Mühlviertler Molkerei",
        subject_cs=("utf-8", "B"),
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("Mühlviertler Molkerei", paras(t),
                                                 footer="softgarden e-recruiting",
                                                 color="#2f855a", lang="de")))(
            """Sehr geehrte Frau Brandauer-Nkemelu,

herzlichen Dank, dass Sie sich am 19. Mai Zeit für das Gespräch mit Frau Hartl und
Herrn Mayrhofer genommen haben.

Nach Abschluss aller Interviews fiel unsere Wahl auf eine Bewerberin mit
HACCP-Auditorenausbildung. Für die Stelle als Mitarbeiterin Qualitätssicherung in
Freistadt kommen Sie somit nicht mehr in Frage.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.

Ihr Team der Mühlviertler Molkerei"""),
    ),
    dict(
        kind="rejection", slug="simmeringer_role_cancelled_outlook", lang="de",
        company="Simmeringer Feinkost", contact="k.nowotny@simmeringer-feinkost.example.at",
        date="2026-06-30 14:22 +0200", parent="simm_ack",
        sender=("Nowotny Katharina", "k.nowotny@simmeringer-feinkost.example.at"),
        subject="Position Qualitätssicherung – Ausschreibung zurückgezogen",
        **(lambda t: dict(text=t, html=outlook_html(paras(t))))("""Sehr geehrte Frau Brandauer-Nkemelu,

im Zuge der Übernahme unseres Werks in Simmering durch eine Unternehmensgruppe wird die
Qualitätssicherung künftig zentral in Tulln geführt. Die Stelle, auf die Sie sich im Juni
beworben haben, ist dadurch ersatzlos gestrichen worden, und wir haben die Ausschreibung
zurückgezogen.

Wir bedauern, Ihnen keine bessere Nachricht geben zu können, und danken für Ihr
Vertrauen.

Mit freundlichen Grüßen

Katharina Nowotny
HR Business Partner
Simmeringer Feinkost GmbH | Kaiserebersdorfer Straße 301 | 1110 Wien
T: +43 1 767 22 40-31

Simmeringer Feinkost GmbH, FN 88213 t, HG Wien. Der Inhalt dieser E-Mail ist
vertraulich. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den
Absender und löschen Sie diese Nachricht."""),
    ),
    dict(
        kind="rejection", slug="kuerbishof_teamtailor_second_round", lang="de",
        company="Kürbishof Lassnitztal", contact="verena.url@kuerbishof.example.at",
        date="2026-08-26 10:45 +0200", parent="kh_round2",
        sender=("Verena Url via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Verena Url", "verena.url@kuerbishof.example.at"),
        subject="Kürbishof Lassnitztal – Ergebnis der zweiten Runde",
        **(lambda t: dict(text=t, html=ats_card("Kürbishof Lassnitztal", paras(t),
                                                 footer="Gesendet mit Teamtailor",
                                                 color="#3d6b1f", lang="de")))(
            """Liebe Ottilie,

ich hoffe, du hattest nach unserem Rundgang durch die Presserei noch einen schönen Tag in
Lassnitzhöhe.

Wir haben lange überlegt und uns am Ende knapp für eine andere Bewerberin entschieden,
die IFS-Food schon aus ihrem jetzigen Betrieb kennt. Es tut mir leid, dass es diesmal
nicht geklappt hat – dein Wissen aus der Apotheke hat uns wirklich beeindruckt.

Alles Liebe und viel Glück
Verena
Verena Url · Qualität & Lebensmittelsicherheit
Kürbishof Lassnitztal · Lassnitzhöhe"""),
    ),
    dict(
        kind="rejection", slug="linzer_sterilpharma_after_ac_quotes_invite", lang="de",
        company="Linzer Sterilpharma", contact="a.hoeglinger@linzer-sterilpharma.example.at",
        date="2026-05-06 08:30 +0200", parent="ls_ac",
        sender=("Andrea Höglinger", "a.hoeglinger@linzer-sterilpharma.example.at"),
        sender_cs=("iso-8859-1", "Q"),
        subject="AW: Einladung zum Assessment-Center am 23. April",
        text=reply("""Sehr geehrte Frau Brandauer-Nkemelu,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center. Die Beobachterinnen und
Beobachter haben Ihre Leistung in der Gruppenübung positiv bewertet; in der
Reinraum-Fallstudie lagen andere Teilnehmende jedoch vorne. Wir werden Ihnen deshalb
kein Angebot für die Position QA Associate Sterile Manufacturing machen.

Wenn Sie möchten, bespreche ich die Beobachtungsbögen gerne in einem 15-minütigen
Telefonat mit Ihnen.

Freundliche Grüße
Andrea Höglinger
HR Recruiting
Linzer Sterilpharma GmbH, Industriezeile 47, 4020 Linz
+43 732 9150-310""", "de", "2026-04-08 11:02", "Andrea Höglinger",
            "a.hoeglinger@linzer-sterilpharma.example.at",
            """Sehr geehrte Frau Brandauer-Nkemelu,

wir freuen uns, Sie zu unserem Assessment-Center am Donnerstag, 23. April 2026, von
08:30 bis ca. 15:00 Uhr in Linz einzuladen. Das Programm finden Sie im Anhang."""),
    ),
    # ------------------------------------------------------------------ English (8)
    dict(
        kind="rejection", slug="loughmahon_greenhouse_after_missed", lang="en",
        company="Lough Mahon Therapeutics", contact="aoife.driscoll@loughmahon.example.ie",
        date="2026-06-19 15:11 +0100", parent="lmt_missed",
        sender=("Aoife Driscoll via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Aoife Driscoll", "aoife.driscoll@loughmahon.example.ie"),
        subject="Your application to Lough Mahon Therapeutics",
        **(lambda t: dict(text=t, html=ats_card("Lough Mahon Therapeutics", paras(t),
                                                 footer="Sent via Greenhouse",
                                                 color="#0f5257")))("""Hi Ottilie,

Thanks again for your interest in the QA Associate (Batch Release) role in Little Island.
As we weren't able to connect for the screening call last week and the hiring team has
since shortlisted for final interviews, we won't be taking your application further at
this time.

We'd be glad to hear from you again should a similar opening come up.

All the best,
Aoife Driscoll
Talent Partner, Lough Mahon Therapeutics"""),
    ),
    dict(
        kind="rejection", slug="ringaskiddy_lever_on_hold", lang="en",
        company="Ringaskiddy Biologics", contact="", date="2026-07-24 09:00 +0000",
        parent="rb_cancel",
        sender=("Ringaskiddy Biologics", "no-reply@hire.lever.co"),
        subject="An update on the QA Associate II position",
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("Ringaskiddy Biologics", paras(t),
                                                 footer="Powered by Lever",
                                                 color="#283593")))("""Dear Ottilie,

We are writing to let you know that the QA Associate II position has been put on hold
following a review of our 2026 headcount plan, and we will not proceed with any
applications for it. This affects every candidate in the process.

If the role reopens we will post it again on our careers page, and you are very welcome
to reapply.

Regards,
The Ringaskiddy Biologics Talent Team"""),
    ),
    dict(
        kind="rejection", slug="barje_terse_human", lang="en",
        company="Barje Pharmaceuticals", contact="matej.kos@barje-pharma.example.si",
        date="2026-03-18 18:40 +0100",
        parent_mid="<CAH2x9q+ottilie.barje.0311@mail.example.at>",
        sender=("Matej Kos", "matej.kos@barje-pharma.example.si"),
        subject="Re: QA associate application",
        text="""Ottilie - thanks for applying, but we've gone another way for this one.
Good luck.

Matej

Sent from my phone
""",
    ),
    dict(
        kind="rejection", slug="shandon_relays_mallow", lang="en",
        company="Mallow Nutrition", contact="ciara.buckley@shandon-recruit.example.ie",
        date="2026-06-24 12:26 +0100", parent="sh_mallow_ill",
        sender=("Ciara Buckley", "ciara.buckley@shandon-recruit.example.ie"),
        subject="Mallow Nutrition - feedback",
        **(lambda t: dict(text=t, html=outlook_html(paras(t), "en")))("""Hi Ottilie,

I hope you're well. I've just come off the phone with the plant manager at Mallow
Nutrition and unfortunately it's a no from them this time. They felt your GMP background
is strong, but they need someone who has already run supplier audits for infant-formula
ingredients, and the other finalist had three years of exactly that.

Please don't be discouraged - you interviewed really well and I'll be putting you forward
for the next suitable role.

Best regards,
Ciara Buckley
Senior Recruitment Consultant - Life Sciences
Shandon Life Science Recruitment
12 South Mall, Cork T12 X2R6
+353 21 455 9031

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it."""),
    ),
    dict(
        kind="rejection", slug="leevalley_after_interview_outlook_chain", lang="en",
        company="Lee Valley Hospital", contact="n.hegarty@leevalleyhospital.example.ie",
        date="2026-03-12 16:52 +0000", parent="lvh_thanks",
        sender=("Hegarty, Niamh", "n.hegarty@leevalleyhospital.example.ie"),
        subject="RE: Thank you - QA Associate interview",
        text="""Dear Ottilie,

Thank you for your kind note. I passed it on to Dr Cronin, who also enjoyed meeting you.

I'm sorry to tell you that we have offered the post to another candidate who already holds
the hospital's aseptic compounding accreditation. It was a close decision, and I would
encourage you to look out for our next recruitment round in the autumn.

Kind regards,
Niamh Hegarty
HR Officer | Lee Valley Hospital
Western Road, Cork | +353 21 492 7700

""" + outlook_block("en", "Ottilie Brandauer-Nkemelu <ottilie.bn@example.at>",
                    "2026-02-26 19:04", "Hegarty, Niamh <n.hegarty@leevalleyhospital.example.ie>",
                    "Thank you - QA Associate interview", LVH_THANKS),
    ),
    dict(
        kind="rejection", slug="tivoli_ashby_html_only", lang="en",
        company="Tivoli Diagnostics", contact="", date="2026-09-21 08:14 +0000",
        parent="tiv_ack",
        sender=("Tivoli Diagnostics Hiring", "no-reply@ashbyhq.com"),
        subject="Your QA Associate application at Tivoli Diagnostics",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Tivoli Diagnostics", paras("""Hello Ottilie,

Thank you for applying to the QA Associate role in our Ljubljana lab.

Our team has reviewed your application carefully. We regret to inform you that we will
not be moving forward with your candidacy for this role.

We appreciate your interest in Tivoli Diagnostics and wish you every success.

Tivoli Diagnostics Hiring Team"""), footer="Sent with Ashby. Please do not reply to this email.",
            color="#1e3a5f"),
    ),
    dict(
        kind="rejection", slug="carrigaline_excolleague_casual", lang="en",
        company="Carrigaline Compounding", contact="deirdre@carrigaline-compounding.example.ie",
        date="2026-10-08 20:17 +0100",
        sender=("Deirdre Walsh", "deirdre@carrigaline-compounding.example.ie"),
        subject="re the QA job",
        text="""hey Ottilie!

bad news I'm afraid. I pushed for you but the boss wants someone who can start in
November and already lives in Cork, so they've picked a local guy.
Honestly gutted, would have loved to have you on the team again like the old days in
the Graz pharmacy.

Keep me posted on the others, something will turn up!
D x
""",
    ),
    dict(
        kind="rejection", slug="kestrel_smartrecruiters_filled_internally", lang="en",
        company="Kestrel Clinical Labs", contact="", date="2026-09-02 10:30 +0100",
        parent="kest_move",
        sender=("Kestrel Clinical Labs", "noreply@smartrecruiters.com"),
        subject="Kestrel Clinical Labs - QA Associate (Req 2291)",
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("Kestrel Clinical Labs", paras(t),
                                                 footer="SmartRecruiters",
                                                 color="#6b21a8")))("""Dear Ottilie Brandauer-Nkemelu,

Thank you for the conversations with our team about the QA Associate vacancy (Req 2291).

We want to let you know that the vacancy has been filled through an internal transfer, and
the requisition is now closed. Your application will therefore not progress further.

With best wishes,
Kestrel Clinical Labs Recruitment"""),
    ),
    # ------------------------------------------------------------------ French (4)
    dict(
        kind="rejection", slug="fourviere_after_reschedule_chain", lang="fr",
        company="Laboratoires Fourvière", contact="claire.moulin@labo-fourviere.example.fr",
        date="2026-05-15 17:20 +0200", parent="lf_reschedule",
        sender=("Claire Moulin", "claire.moulin@labo-fourviere.example.fr"),
        subject="RE: Nouveau créneau pour notre entretien",
        **(lambda t: dict(text=t, html=simple_html(paras(t), "fr")))(reply("""Bonjour Madame Brandauer-Nkemelu,

Merci encore pour l'échange du 5 mai, qui s'est bien déroulé malgré le premier rendez-vous
manqué.

Après en avoir discuté avec M. Perrin, nous avons décidé de ne pas donner suite à votre
candidature pour le poste de technicienne assurance qualité : nous privilégions un profil
ayant déjà conduit des revues de dossiers de lots en industrie stérile.

Je vous souhaite une belle réussite dans vos recherches.

Bien cordialement,
Claire Moulin
Chargée de recrutement
Laboratoires Fourvière SAS - 14 quai Fulchiron, 69005 Lyon
Tél. +33 4 78 42 19 60""", "fr", "2026-04-29 09:05", "Claire Moulin",
            "claire.moulin@labo-fourviere.example.fr",
            """Bonjour Madame,

Je vous propose un nouveau créneau pour notre entretien : mardi 5 mai à 14h00 sur Teams.
L'invitation mise à jour suit.""")),
    ),
    dict(
        kind="rejection", slug="rhone_interim_client_no_latin1", lang="fr",
        company="Rhône Talents Intérim", contact="julien.garnier@rhone-talents.example.fr",
        date="2026-07-08 11:05 +0200",
        sender=("Julien Garnier", "julien.garnier@rhone-talents.example.fr"),
        subject="Votre candidature - mission qualité à Vénissieux",
        subject_cs=("iso-8859-1", "Q"), enc=("iso-8859-1", "quoted-printable"),
        text="""Bonjour Ottilie,

Je reviens vers vous au sujet de la mission d'assistante qualité chez notre client de
Vénissieux. Le client a fait son choix et n'a malheureusement pas retenu votre profil : il
recherchait quelqu'un d'immédiatement opérationnel sur leur logiciel de gestion des
déviations.

Je garde votre dossier actif chez nous et vous recontacte dès qu'une autre mission
correspond à votre expérience.

Bonne journée,
Julien Garnier
Chargé de recrutement - Rhône Talents Intérim
27 rue de Marseille, 69007 Lyon - 04 72 71 30 88
""",
    ),
    dict(
        kind="rejection", slug="bioconfluence_recruitee_formal", lang="fr",
        company="BioConfluence", contact="", date="2026-07-27 08:00 +0200",
        parent="bc_sched",
        sender=("BioConfluence Recrutement", "notifications@jobs.recruitee.com"),
        subject="Suite donnée à votre candidature – Technicien(ne) AQ",
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("BioConfluence", paras(t),
                                                 footer="Envoyé via Recruitee",
                                                 color="#0e7490", lang="fr")))(
            """Madame,

Nous vous remercions de l'intérêt que vous portez à BioConfluence et du temps consacré à
nos échanges.

Nous sommes au regret de vous informer que votre candidature au poste de Technicien(ne)
Assurance Qualité n'a pas été retenue à l'issue du processus de sélection.

Nous conservons vos coordonnées, avec votre accord, pour de futures opportunités.

L'équipe Ressources Humaines de BioConfluence"""),
    ),
    dict(
        kind="rejection", slug="fromagerie_poste_supprime_cp1252", lang="fr",
        company="Fromagerie des Monts du Lyonnais",
        contact="s.bonnard@fromagerie-monts.example.fr", date="2026-09-09 14:48 +0200",
        parent_mid="<a81f0c2e.fromagerie.candidature@mail.example.at>",
        sender=("Sandrine Bonnard", "s.bonnard@fromagerie-monts.example.fr"),
        subject="Re: Candidature – Assistante qualité (CDI)",
        enc=("windows-1252", "quoted-printable"),
        text="""Bonjour Madame Brandauer-Nkemelu,

Je tenais à vous prévenir personnellement : suite à la réorganisation de notre site de
Saint-Martin-en-Haut, le poste d'assistante qualité en CDI a été supprimé la semaine
dernière. Le recrutement est donc arrêté, sans qu'aucun candidat n'ait été choisi.

Je suis désolée pour le temps que vous y avez consacré – votre lettre m'avait beaucoup
plu.

Cordialement,
Sandrine Bonnard
Responsable qualité – Fromagerie des Monts du Lyonnais
Le Bourg, 69850 Saint-Martin-en-Haut – 04 78 48 52 10
""",
    ),
    # ------------------------------------------------------------------ Spanish (4)
    dict(
        kind="rejection", slug="turia_icims_formal", lang="es",
        company="Hospital Turia Salud", contact="", date="2026-03-06 09:15 +0100",
        parent="ht_missed",
        sender=("Hospital Turia Salud - Selección", "noreply@icims.com"),
        subject="Proceso de selección: Técnico/a de Garantía de Calidad (Farmacia)",
        subject_cs=("utf-8", "B"),
        headers=[("Auto-Submitted", "auto-generated")],
        **(lambda t: dict(text=t, html=ats_card("Hospital Turia Salud", paras(t),
                                                 footer="iCIMS Talent Platform",
                                                 color="#b91c1c", lang="es")))(
            """Estimada Sra. Brandauer-Nkemelu:

Le agradecemos su participación en el proceso de selección para el puesto de Técnico/a
de Garantía de Calidad en el Servicio de Farmacia.

Una vez valoradas todas las candidaturas, le comunicamos que su perfil no ha sido
seleccionado para continuar en las siguientes fases.

Atentamente,
Departamento de Recursos Humanos
Hospital Turia Salud"""),
    ),
    dict(
        kind="rejection", slug="albufera_soft_latin1", lang="es",
        company="Cítricos La Albufera", contact="rosa.ferrer@citricos-albufera.example.es",
        date="2026-08-04 13:02 +0200", parent="ca_ack",
        sender=("Rosa Ferrer Puig", "rosa.ferrer@citricos-albufera.example.es"),
        subject="Tu candidatura como técnica de calidad",
        subject_cs=("iso-8859-1", "B"), enc=("iso-8859-1", "8bit"),
        text="""Hola Ottilie:

Muchas gracias por enviarnos tu currículum y por la llamada de la semana pasada.

Hemos decidido seguir adelante con personas cuya experiencia se ajusta más a la campaña
de cítricos (trazabilidad en almacén y normas GlobalG.A.P.), así que esta vez no podremos
contar contigo. Te deseo mucha suerte y no descarto escribirte para la campaña que viene.

Un saludo,
Rosa Ferrer Puig
Responsable de Calidad
Cítricos La Albufera
Camí del Palmar s/n, 46012 València
Tel. 961 62 04 37
""",
    ),
    dict(
        kind="rejection", slug="levante_ett_relays_malvarrosa", lang="es",
        company="Laboratorio Malvarrosa", contact="pablo.sanchis@levantetalento.example.es",
        date="2026-09-18 10:40 +0200", parent="lv_malva_postponed",
        sender=("Pablo Sanchis | Levante Talento", "pablo.sanchis@levantetalento.example.es"),
        subject="Respuesta de Laboratorio Malvarrosa",
        **(lambda t: dict(text=t, html=simple_html(paras(t), "es")))("""Buenos días, Ottilie:

Te escribo con la respuesta de Laboratorio Malvarrosa tras la entrevista del martes. Por
desgracia, han optado por otra candidata que ya conocía su sistema LIMS y que podía
incorporarse de inmediato.

Me han pedido que te transmita que les gustó mucho tu actitud. Seguimos buscando; te
llamo en cuanto tenga otra posición adecuada.

Saludos cordiales,
Pablo Sanchis
Consultor de selección
Levante Talento ETT, S.L.
Gran Vía Marqués del Turia 49, 46005 Valencia
+34 963 51 22 70"""),
    ),
    dict(
        kind="rejection", slug="valenfarma_after_interview_quotes_thanks", lang="es",
        company="Valenfarma", contact="lucia.navarro@valenfarma.example.es",
        date="2026-10-09 12:33 +0200",
        parent_mid="<b7e2a019.valenfarma.gracias@mail.example.at>",
        sender=("Lucía Navarro", "lucia.navarro@valenfarma.example.es"),
        subject="RE: Gracias por la entrevista de ayer",
        text=reply("""Hola Ottilie:

Gracias a ti por tu correo tan amable. Lamento decirte que, tras comparar los perfiles
finalistas, el comité se ha decidido por otra persona para el puesto de Técnica de
Aseguramiento de Calidad en Paterna. Ha sido una decisión difícil y tu entrevista dejó
muy buena impresión.

Te deseo lo mejor.

Lucía Navarro
Técnica de Selección | Valenfarma
Parque Tecnológico, C/ Benjamin Franklin 12, 46980 Paterna
Tel. +34 961 36 88 15

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a
su destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.""",
            "es", "2026-10-02 19:21", "Ottilie Brandauer-Nkemelu", "ottilie.bn@example.at",
            """Estimada Lucía:

Muchas gracias por la entrevista de ayer en Paterna. Me gustó mucho conocer el
laboratorio de control de calidad y al equipo. Quedo a vuestra disposición para
cualquier documento adicional.

Un saludo cordial,
Ottilie Brandauer-Nkemelu"""),
    ),
]
