"""Corpus 273, kind `rejection`: 31 hand-written messages (de 15, en 8, fr 4, es 4)."""

from msgs273_common import (
    CANDIDATE,
    DISCLAIMER_DE,
    DISCLAIMER_FR,
    ats_card,
    button,
    paras,
)

ME = CANDIDATE

MESSAGES = [
    # ------------------------------------------------------------------ German
    {
        "id": "r_messe_frankenland",
        "kind": "rejection", "scenario": "successfactors_after_missed_call", "lang": "de",
        "company": "Messe Frankenland", "contact": "",
        "frm": ("Messe Frankenland Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung als Projektleiter Gastveranstaltungen (Req. 4471)",
        "date": "2026-03-16 07:31", "tz": "UTC",
        "reply_of": "m_messe_frankenland_call",
        "msgid_domain": "successfactors.eu",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-SF-Template", "CAND_DISPO_04")],
        "html_cte": "quoted-printable",
        "html": ats_card(
            "Messe Frankenland | Karriere",
            "<p>Sehr geehrter Herr Osei-Kranz,</p>\n"
            "<p>vielen Dank für Ihr Interesse an der Position <b>Projektleiter "
            "Gastveranstaltungen (m/w/d)</b> und für die Zeit, die Sie in Ihre Bewerbung "
            "investiert haben.</p>\n"
            "<p>Nach Abschluss der ersten Auswahlrunde müssen wir Ihnen heute mitteilen, dass wir "
            "Ihre Kandidatur im weiteren Verfahren nicht berücksichtigen werden. Das "
            "Assessment-Center am 11. März fand daher ohne Sie statt.</p>\n"
            "<p>Ihre Daten löschen wir gemäß unserer Datenschutzhinweise sechs Monate nach "
            "Abschluss des Verfahrens.</p>\n"
            "<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Messe Frankenland</p>",
            "Messe Frankenland GmbH · Messezentrum 3 · 90471 Nürnberg · "
            "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese "
            "E-Mail.",
            color="#7a1f2b",
        ),
    },
    {
        "id": "r_haus_klaenge_hold",
        "kind": "rejection", "scenario": "role_on_hold_iso_qp", "lang": "de",
        "company": "Haus der Klänge Bamberg",
        "contact": "k.doetsch@hausderklaenge.example.de",
        "frm": ("Kathrin Dötsch", "k.doetsch@hausderklaenge.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Stelle Veranstaltungsleitung – Stand des Verfahrens",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-03-10 15:47",
        "reply_of": "i_haus_klaenge",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

ich melde mich mit einer Nachricht, die ich Ihnen nach unserem guten Gespräch vom
25. Februar lieber nicht schreiben würde.

Der Stiftungsrat hat in seiner Sitzung am Montag beschlossen, die Stelle der
Veranstaltungsleitung bis auf Weiteres nicht zu besetzen. Hintergrund sind
Kürzungen im Kulturhaushalt der Stadt, die uns erst vergangene Woche mitgeteilt
wurden. Das Auswahlverfahren wird damit beendet und nicht fortgeführt; auch die
zweite Runde, die wir für Mitte März geplant hatten, entfällt.

Ihre Unterlagen schicken wir Ihnen in den nächsten Tagen per Post zurück.
Sollte die Stelle später neu ausgeschrieben werden, würde ich mich freuen, wenn
Sie sich wieder melden.

Mit freundlichen Grüßen aus Bamberg

Kathrin Dötsch
Intendanzbüro
Haus der Klänge Bamberg
Obere Sandstraße 12, 96049 Bamberg
Tel. 0951 5550 3120""",
    },
    {
        "id": "r_residenzblick",
        "kind": "rejection", "scenario": "after_interview_quotes_thanks", "lang": "de",
        "company": "Hotel Residenzblick", "contact": "v.pichler@residenzblick.example.at",
        "frm": ("Mag. Verena Pichler", "v.pichler@residenzblick.example.at"),
        "subject": "AW: Danke für das Gespräch am Donnerstag",
        "date": "2026-03-27 10:20",
        "reply_of": "x_residenzblick_thanks",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
                                                              "Danke für das Gespräch")],
        "html_from": "outlook",
        "text": """Lieber Herr Osei-Kranz,

herzlichen Dank für Ihre freundlichen Zeilen – die Freude über das Gespräch war ganz auf unserer Seite, und Ihre Idee mit den Orgelmatineen im Marmorsaal hat Herrn Direktor Aigner sehr gefallen.

Umso schwerer fällt mir diese Nachricht: Wir haben uns für eine Bewerberin entschieden, die bereits seit mehreren Jahren Hochzeiten und Firmenfeiern in der Salzburger Hotellerie betreut und sofort einsteigen kann. In dieser Saison brauchen wir jemanden, der ohne Einarbeitung die Bankettabteilung übernimmt.

Bitte nehmen Sie das nicht als Urteil über Ihre Eignung – wenn Sie einverstanden sind, behalte ich Ihre Unterlagen für künftige Vakanzen in Evidenz.

Mit besten Grüßen aus Salzburg
Verena Pichler

Mag. Verena Pichler
Human Resources
Hotel Residenzblick ****S
Kaigasse 9, 5020 Salzburg, Österreich
T +43 662 555 4410

{{outlook:x_residenzblick_thanks}}""",
    },
    {
        "id": "r_kurpfalz_internal",
        "kind": "rejection", "scenario": "filled_internally_disclaimer", "lang": "de",
        "company": "Kurpfalz-Universität Heidelberg",
        "contact": "jens.eberbach@kurpfalz-uni.example.de",
        "frm": ("Eberbach, Jens (Dr.)", "jens.eberbach@kurpfalz-uni.example.de"),
        "subject": "Ausschreibung 2026/117 – Koordination Hochschulveranstaltungen",
        "date": "2026-08-04 13:05",
        "reply_of": "x_kurpfalz_apology",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

für Ihre Entschuldigung wegen des Termins am 22. Juli danke ich Ihnen; die
technischen Probleme mit dem Teams-Link waren nachvollziehbar.

Leider kann ich Ihnen keinen Ersatztermin mehr anbieten. Die Stelle
(Kennziffer 2026/117) wird mit einer Kollegin aus dem Dezernat Kommunikation
besetzt, die sich nach der Ausschreibung ebenfalls beworben hatte. Nach den
Vorgaben des TV-L und dem Votum des Personalrats hatte die interne Besetzung
Vorrang; das Verfahren ist damit abgeschlossen.

Ich bedauere, Ihnen keine bessere Nachricht geben zu können, und wünsche
Ihnen für Ihren weiteren Weg viel Erfolg.

Mit freundlichen Grüßen
Dr. Jens Eberbach
Abteilung Personal und Recht – Referat 3.2
Kurpfalz-Universität Heidelberg
Seminarstraße 2, 69117 Heidelberg
Telefon +49 6221 555 7731

{{quote:x_kurpfalz_apology}}

--
""" + DISCLAIMER_DE,
    },
    {
        "id": "r_taktwerk_relay",
        "kind": "rejection", "scenario": "agency_relays_client_no", "lang": "de",
        "company": "Mainhallen Messebau", "contact": "s.hufnagel@taktwerk.example.de",
        "frm": ("Sandra Hufnagel | Taktwerk Personal", "s.hufnagel@taktwerk.example.de"),
        "subject": "Rückmeldung Mainhallen Messebau",
        "date": "2026-05-12 17:10",
        "reply_of": "s_taktwerk_cancel",
        "text": """Hallo Herr Osei-Kranz,

heute Nachmittag habe ich endlich mit Herrn Lorenz von Mainhallen Messebau
telefoniert. Die Entscheidung ist gefallen, aber leider nicht zu Ihren
Gunsten: Mainhallen nimmt einen Bewerber, der schon drei Saisons als
Standbauleiter auf der Light + Building war. Ihr Profil fanden sie
sympathisch, für die Rolle war ihnen aber die technische Messebau-Erfahrung
wichtiger als die Veranstaltungsorganisation.

Für Sie ist das natürlich ärgerlich, zumal der Termin Ende April
ausgefallen ist und Sie sich gar nicht persönlich vorstellen konnten. Ich
habe das Herrn Lorenz auch so gesagt.

Ich bleibe für Sie dran - bei uns gehen gerade zwei Anfragen von Hotels in
Offenbach und Bad Homburg ein, die besser passen könnten. Darf ich Ihr
Profil dort vorstellen?

Viele Grüße
Sandra Hufnagel
Personalberaterin Events & Hospitality

Taktwerk Personal GmbH
Hanauer Landstraße 188, 60314 Frankfurt am Main
Tel. 069 5550 8812 | www.taktwerk.example.de

{{quote:s_taktwerk_cancel}}""",
    },
    {
        "id": "r_parkhotel_terse",
        "kind": "rejection", "scenario": "terse_human_8bit", "lang": "de",
        "company": "Parkhotel Steigerwald", "contact": "k.roeder@parkhotel-steigerwald.example.de",
        "frm": ("Kilian Röder", "k.roeder@parkhotel-steigerwald.example.de"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Re: Bewerbung Bankettleitung",
        "date": "2026-01-30 21:54",
        "refs": ["<7c1e0a2b-friedemann-bewerbung@example.de>"],
        "cte": "8bit",
        "text": """Hallo Herr Osei-Kranz,

die Stelle ist seit letzter Woche vergeben. Trotzdem danke.

Gruß
K. Röder

Von meinem iPhone gesendet""",
    },
    {
        "id": "r_maria_weinberg_casual",
        "kind": "rejection", "scenario": "colleague_style_franconian", "lang": "de",
        "company": "Pfarreiengemeinschaft Maria im Weinberg",
        "contact": "bene.schmitt@maria-im-weinberg.example.de",
        "frm": ("Benedikt Schmitt", "bene.schmitt@maria-im-weinberg.example.de"),
        "subject": "Kurz wegen der Stelle",
        "date": "2026-02-20 22:13",
        "msgid_style": "gmail",
        "html_from": "gmail",
        "text": """Servus Friedemann,

ich sag's dir lieber selber, bevor der offizielle Brief vom Pfarrbüro kommt:
die Kirchenverwaltung hat sich gestern Abend für den Tobias aus Ochsenfurt
entschieden. Ich hab fei für dich geredet, aber die meisten wollten halt
jemanden, der hauptsächlich Gemeindefeste und die Pfarrjugend betreut und
weniger die Konzertreihe. Da war er mit seiner Jugendarbeit einfach näher dran.

Tut mir echt leid. Die Orgelnacht im Herbst machen wir trotzdem zusammen, gell?
Meld dich mal auf a Schoppen.

Bene""",
    },
    {
        "id": "r_rheinmain_workday",
        "kind": "rejection", "scenario": "workday_formal_base64", "lang": "de",
        "company": "Rhein-Main Messehallen", "contact": "",
        "frm": ("Rhein-Main Messehallen", "rheinmainmesse@myworkday.com"),
        "subject": "Absage: Referent/in Veranstaltungsmanagement (R-2026-0193)",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-03-20 03:12", "tz": "USW",
        "reply_of": "i_rheinmain_workday",
        "headers": [("Auto-Submitted", "auto-generated")],
        "cte": "base64", "html_cte": "base64",
        "text": """Sehr geehrter Herr Osei-Kranz,

wir bedanken uns für Ihre Teilnahme am Auswahlverfahren für die Stelle
Referent/in Veranstaltungsmanagement (R-2026-0193) und für das Interview
mit unserem Fachbereich.

Nach sorgfältiger Abwägung aller Gespräche teilen wir Ihnen mit, dass wir
Ihnen kein Angebot unterbreiten werden. Diese Entscheidung ist endgültig.

Ihren Bewerbungsstatus können Sie jederzeit in Ihrem Kandidatenprofil
einsehen: https://rheinmainmesse.wd3.myworkday.com/recruiting/candidate

Freundliche Grüße
Talent Acquisition | Rhein-Main Messehallen""",
        "html": ats_card(
            "Rhein-Main Messehallen",
            paras("""Sehr geehrter Herr Osei-Kranz,

wir bedanken uns für Ihre Teilnahme am Auswahlverfahren für die Stelle Referent/in Veranstaltungsmanagement (R-2026-0193) und für das Interview mit unserem Fachbereich.

Nach sorgfältiger Abwägung aller Gespräche teilen wir Ihnen mit, dass wir Ihnen kein Angebot unterbreiten werden. Diese Entscheidung ist endgültig.""")
            + button("Kandidatenprofil öffnen",
                     "https://rheinmainmesse.wd3.myworkday.com/recruiting/candidate")
            + "<p>Freundliche Grüße<br>Talent Acquisition | Rhein-Main Messehallen</p>",
            "Powered by Workday · Diese Nachricht wurde von einem unbeaufsichtigten Postfach "
            "versendet.",
            color="#005a8c"),
    },
    {
        "id": "r_kongressforum_softgarden",
        "kind": "rejection", "scenario": "softgarden_austrian_reply_to", "lang": "de",
        "company": "Salzburger Kongressforum",
        "contact": "florian.haslauer@kongressforum-salzburg.example.at",
        "frm": ("Salzburger Kongressforum", "noreply@softgarden.io"),
        "reply_to": ("Mag. Florian Haslauer", "florian.haslauer@kongressforum-salzburg.example.at"),
        "subject": "Ihre Bewerbung beim Salzburger Kongressforum",
        "date": "2026-04-02 11:48",
        "reply_of": "i_kongressforum_video",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card(
            "Salzburger Kongressforum",
            """<p>Sehr geehrter Herr Osei-Kranz,</p>
<p>wir haben das Video-Interview vom 24. März intern ausführlich besprochen. Leider
bedauern wir, Ihnen mitteilen zu müssen, dass wir Sie für die Position
<strong>Event Operations Manager:in</strong> nicht weiter in Betracht ziehen. Ausschlaggebend
war am Ende die fehlende Erfahrung mit Kongressen über 2.000 Teilnehmenden, die für heuer
und das kommende Jahr zentral ist.</p>
<p>Bei Fragen erreichen Sie mich gerne direkt über die Antwortfunktion.</p>
<p>Freundliche Grüße<br>Mag. Florian Haslauer<br>Personalentwicklung</p>""",
            "Salzburger Kongressforum Betriebsgesellschaft m.b.H. · Auerspergstraße 20 · "
            "5020 Salzburg · versendet über softgarden",
            color="#c8102e"),
    },
    {
        "id": "r_kongresshalle_cancelled",
        "kind": "rejection", "scenario": "position_withdrawn_latin1_b64", "lang": "de",
        "company": "Kongresshalle am Hain Bamberg", "contact": "p.huemmer@kongresshalle-hain.example.de",
        "frm": ("Dr. Petra Hümmer", "p.huemmer@kongresshalle-hain.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Bewerbung vom 28. Februar",
        "date": "2026-04-16 09:02",
        "charset": "iso-8859-1", "cte": "base64", "html_cte": "quoted-printable",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

vielen Dank für Ihre Bewerbung auf die Stelle "Koordination Gastspiele und
Tagungen", die uns am 28. Februar erreicht hat.

Im Zuge der Neuordnung unseres Hauses wird die Stelle nicht mehr besetzt; die
Aufgaben gehen an die Betreibergesellschaft der Konzerthalle über. Wir haben
die Ausschreibung deshalb zurückgezogen und alle laufenden Bewerbungen
abgeschlossen, Ihre eingeschlossen.

Es tut mir leid, dass wir Ihnen keine andere Nachricht geben können.

Mit freundlichen Grüßen

i. A. Dr. Petra Hümmer
Leitung Personal
Kongresshalle am Hain Bamberg GmbH
Mußstraße 1, 96047 Bamberg""",
    },
    {
        "id": "r_alpenlicht_client",
        "kind": "rejection", "scenario": "agency_unnamed_client_cp1252", "lang": "de",
        "company": "Alpenlicht Personalservice",
        "contact": "s.moosbrugger@alpenlicht-personal.example.at",
        "frm": ("Stefan Moosbrugger", "s.moosbrugger@alpenlicht-personal.example.at"),
        "subject": "Feedback unseres Kunden – Eventkoordination Gastronomie",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-25 16:40",
        "reply_of": "m_alpenlicht_noshow",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Grüß Gott Herr Osei-Kranz,

nach dem missglückten Termin am 12. März habe ich unseren Kunden gebeten,
Ihnen trotzdem noch eine Chance für ein Gespräch zu geben. Er hat sich die
Sache überlegt und mir heute Vormittag abgesagt: Man setzt den Prozess mit
zwei Kandidatinnen aus der Region fort und wird Sie nicht mehr einladen.

Persönlich finde ich das schade, aber die Entscheidung liegt beim Kunden.
Ihre Registrierung bei uns bleibt natürlich aufrecht; ich melde mich, sobald
ich etwas Passendes im Pinzgau oder in der Stadt Salzburg habe.

Beste Grüße
Stefan Moosbrugger
Senior Consultant Hotellerie & Events
Alpenlicht Personalservice GmbH
Rainerstraße 27 · 5020 Salzburg · +43 662 555 0917""",
    },
    {
        "id": "r_klangsaal_teamtailor",
        "kind": "rejection", "scenario": "teamtailor_du_form_b64_subject", "lang": "de",
        "company": "Klangsaal Wien", "contact": "",
        "frm": ("Klangsaal Wien", "no-reply@teamtailor-mail.com"),
        "subject": "Update zu deiner Bewerbung – Produktionsleitung Veranstaltungen",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-19 12:00",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://klangsaal.teamtailor.example.com/unsub>")],
        "html_cte": "quoted-printable",
        "text": """Hallo Friedemann,

danke, dass du dir die Zeit für deine Bewerbung als Produktionsleitung Veranstaltungen genommen hast.

Wir haben alle Profile gesichtet und uns dazu entschieden, mit anderen Kandidat:innen weiterzugehen. Nach dem verpassten Video-Call vom 5. Mai hatten wir leider keinen weiteren Termin mehr frei.

Wir würden uns freuen, wenn du uns bei künftigen Stellen wieder im Blick hast.

Liebe Grüße
Dein Klangsaal-Team

Klangsaal Wien · Landstraßer Hauptstraße 71 · 1030 Wien""",
        "html": ats_card(
            "Klangsaal Wien",
            """<p>Hallo Friedemann,</p>
<p>danke, dass du dir die Zeit für deine Bewerbung als Produktionsleitung Veranstaltungen
genommen hast.</p>
<p>Wir haben alle Profile gesichtet und uns dazu entschieden, mit anderen Kandidat:innen
weiterzugehen. Nach dem verpassten Video-Call vom 5. Mai hatten wir leider keinen weiteren
Termin mehr frei.</p>
<p>Wir würden uns freuen, wenn du uns bei künftigen Stellen wieder im Blick hast.</p>
<p>Liebe Grüße<br>Dein Klangsaal-Team</p>""",
            'Klangsaal Wien · Landstraßer Hauptstraße 71 · 1030 Wien · '
            '<a href="https://klangsaal.teamtailor.example.com/jobs">Alle Jobs</a>',
            color="#2b2b2b"),
    },
    {
        "id": "r_loewenhof_chain",
        "crlf": True,
        "kind": "rejection", "scenario": "outlook_chain_status_question", "lang": "de",
        "company": "Grand Hotel Löwenhof Wien", "contact": "sophie.brandl@loewenhof-wien.example.at",
        "frm": ("Brandl Sophie", "sophie.brandl@loewenhof-wien.example.at"),
        "subject": "AW: Nachfrage zum Stand – Zweitgespräch Veranstaltungsverkauf",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-09-21 08:37",
        "reply_of": "s_loewenhof_cancel",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Sehr geehrter Herr Osei-Kranz,

danke für Ihre Geduld und entschuldigen Sie, dass die Antwort so lange gedauert hat.

Nachdem wir das Zweitgespräch Ende August absagen mussten, haben Direktion und Eigentümerfamilie die Struktur im Veranstaltungsverkauf noch einmal überdacht. Herausgekommen ist, dass die Stelle mit einer Kollegin aus unserem Schwesterhaus in Baden besetzt wird. Für Sie bedeutet das leider, dass es kein weiteres Gespräch geben wird und wir Ihre Bewerbung hiermit abschließen.

Ich hätte Sie gerne im Team gehabt und wünsche Ihnen alles Gute.

Freundliche Grüße
Sophie Brandl

Mag. (FH) Sophie Brandl
Human Resources Managerin
Grand Hotel Löwenhof Wien
Kärntner Ring 14 | 1010 Wien
T: +43 1 555 2290-41
www.loewenhof-wien.example.at

________________________________
Von: Friedemann Osei-Kranz <friedemann.ok@example.de>
Gesendet: Montag, 14. September 2026 19:02
An: Brandl Sophie <sophie.brandl@loewenhof-wien.example.at>
Betreff: Nachfrage zum Stand – Zweitgespräch Veranstaltungsverkauf

Liebe Frau Brandl,

seit Ihrer Nachricht vom 31. August, dass der Termin für das Zweitgespräch entfallen muss, habe ich nichts mehr gehört. Gibt es schon einen neuen Termin? Ich könnte in der Woche ab 28. September jederzeit nach Wien kommen.

Herzliche Grüße
Friedemann Osei-Kranz

{{outlook:s_loewenhof_cancel}}""",
    },
    {
        "id": "r_frankenwein_pdf",
        "kind": "rejection", "scenario": "letter_pdf_reply_to", "lang": "de",
        "company": "Festspielverein Frankenwein",
        "contact": "m.zehnder@frankenwein-festspiele.example.de",
        "frm": ("Geschäftsstelle Festspielverein Frankenwein",
                "geschaeftsstelle@frankenwein-festspiele.example.de"),
        "reply_to": ("Matthias Zehnder", "m.zehnder@frankenwein-festspiele.example.de"),
        "subject": "Ihre Bewerbung – Schreiben im Anhang",
        "date": "2026-04-09 14:26",
        "reply_of": "s_frankenwein_moved",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

im Anhang erhalten Sie unser Schreiben zu Ihrer Bewerbung als
Veranstaltungskoordinator für den Festspielsommer 2026.

Vorab in Kürze: Wir haben uns nach den Gesprächen für einen anderen
Bewerber entschieden. Ihre Erfahrung als Organist hat uns beeindruckt, für
die Logistik von 40 Open-Air-Terminen in den Weinlagen suchen wir aber
jemanden mit längerer Praxis in der Produktionsleitung.

Bei Rückfragen wenden Sie sich gern direkt an Herrn Zehnder.

Freundliche Grüße
Geschäftsstelle des Festspielvereins Frankenwein e. V.
Juliuspromenade 19, 97070 Würzburg""",
        "pdf": {"name": "Schreiben_Osei-Kranz_2026-04-09.pdf",
                "title": "Festspielverein Frankenwein e. V.",
                "lines": ["Würzburg, 9. April 2026", "",
                          "Herrn Friedemann Osei-Kranz, Sanderstraße 41, 97070 Würzburg", "",
                          "Ihre Bewerbung als Veranstaltungskoordinator (m/w/d)", "",
                          "Sehr geehrter Herr Osei-Kranz,",
                          "wir danken Ihnen für die Gespräche am 31. März. Nach Abwägung haben "
                          "wir uns für einen Bewerber mit längerer Erfahrung in der "
                          "Produktionsleitung entschieden und können Ihnen die Stelle daher "
                          "nicht anbieten.",
                          "Ihre Unterlagen löschen wir nach Ablauf von sechs Monaten.", "",
                          "Mit freundlichen Grüßen", "Matthias Zehnder, Geschäftsführer"]},
    },
    {
        "id": "r_frankenhoehe_recruitee",
        "kind": "rejection", "scenario": "recruitee_after_interview", "lang": "de",
        "company": "Congress Centrum Frankenhöhe",
        "contact": "jana.pfisterer@cc-frankenhoehe.example.de",
        "frm": ("Jana Pfisterer via Recruitee", "frankenhoehe@jobs.recruitee.com"),
        "frm_enc": None,
        "reply_to": ("Jana Pfisterer", "jana.pfisterer@cc-frankenhoehe.example.de"),
        "subject": "Ihr Gespräch am 8. September – unsere Entscheidung",
        "date": "2026-09-15 10:44",
        "reply_of": "a_frankenhoehe_recruitee",
        "html_from": "simple",
        "text": """Guten Tag Herr Osei-Kranz,

noch einmal danke für Ihren Besuch bei uns in Nürnberg und das offene
Gespräch mit Herrn Kießling und mir.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle der
Projektkoordination Kongresse mit einer Kandidatin zu besetzen, die über
mehrere Jahre Fachkongresse im Medizinbereich abgewickelt hat. Gerade die
Zusammenarbeit mit Fachgesellschaften und Sponsoren war für uns am Ende
der entscheidende Punkt.

Wir wünschen Ihnen alles Gute für die weitere Suche.

Viele Grüße
Jana Pfisterer
Personalreferentin | Congress Centrum Frankenhöhe
Bayernstraße 210, 90478 Nürnberg""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "r_leithbank_lever",
        "kind": "rejection", "scenario": "lever_more_closely_matches", "lang": "en",
        "company": "Leithbank Concert Hall", "contact": "",
        "frm": ("Leithbank Concert Hall", "no-reply@hire.lever.co"),
        "subject": "Your application to Leithbank Concert Hall",
        "date": "2026-03-30 14:09", "tz": "UK",
        "reply_of": "a_leithbank_lever",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Dear Friedemann,

Thank you for applying for the Events and Hires Coordinator role at Leithbank Concert Hall.

After reviewing all applications, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time. We know this is not the news you were hoping for.

We will keep your details on file for twelve months and may contact you should a suitable vacancy arise.

Kind regards,
The Leithbank Concert Hall Recruitment Team""",
    },
    {
        "id": "r_brightwater_thistle",
        "kind": "rejection", "scenario": "agency_relays_named_client", "lang": "en",
        "company": "Thistle & Crown Hotel", "contact": "rory.calder@brightwater-events.example.co.uk",
        "frm": ("Rory Calder", "rory.calder@brightwater-events.example.co.uk"),
        "subject": "Thistle & Crown - their decision",
        "date": "2026-06-19 16:25", "tz": "UK",
        "reply_of": "m_brightwater_lobby",
        "text": """Hi Friedemann,

I've had the Thistle & Crown's GM back on the phone this afternoon. I'm afraid
they won't be taking things further with you. Between the missed meeting in
the lobby on the 9th and the fact that another of my candidates already
lives in Leith and knows their wedding suppliers, they felt the other
route was the safer one.

I pushed for a second slot and didn't get it, sorry. It isn't a comment on
your CV, and I've got two venues on the books that I think you'd suit.
Happy to chat Monday?

Cheers,
Rory

Rory Calder | Senior Consultant, Events & Venues
Brightwater Events Recruitment
14 Bernard Street, Edinburgh EH6 6PW
0131 555 0148 | brightwater-events.example.co.uk

{{quote:m_brightwater_lobby}}""",
    },
    {
        "id": "r_forthside_icims",
        "kind": "rejection", "scenario": "icims_html_only_base64", "lang": "en",
        "company": "Forthside University", "contact": "",
        "frm": ("Forthside University Careers", "noreply@talent.icims.com"),
        "subject": "Forthside University - Events and Conference Coordinator (Ref 26-1142)",
        "date": "2026-08-27 09:15", "tz": "USE",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_cte": "base64",
        "html": ats_card(
            "Forthside University",
            """<p>Dear Friedemann Osei-Kranz,</p>
<p>Reference: 26-1142 &ndash; Events and Conference Coordinator, Estates &amp; Campus
Services</p>
<p>Thank you for attending the panel interview. The panel has now completed its assessment
and I regret to let you know that you have not been successful on this occasion.
The successful candidate demonstrated particularly strong experience of academic conference
delivery against the essential criteria.</p>
<p>If you would like feedback, please request it through your candidate dashboard within
28 days.</p>
<p>Yours sincerely,<br>Human Resources, Forthside University</p>""",
            "Forthside University is a charity registered in Scotland. This email was sent from "
            "an unmonitored address.",
            color="#00395d", lang="en"),
    },
    {
        "id": "r_oldtown_terse",
        "kind": "rejection", "scenario": "terse_one_liner", "lang": "en",
        "company": "Old Town Chamber Festival", "contact": "callum.mcrae@oldtownchamberfest.example.co.uk",
        "frm": ("Callum McRae", "callum.mcrae@oldtownchamberfest.example.co.uk"),
        "subject": "Re: Festival coordinator",
        "date": "2026-05-21 23:02", "tz": "UK",
        "reply_of": "m_oldtown_zoom",
        "text": """Hi Friedemann - we've gone with someone else for the coordinator job. Thanks for your time and good luck. Callum

Sent from my phone""",
    },
    {
        "id": "r_neckarsummit_thanks",
        "kind": "rejection", "scenario": "after_interview_outlook_thanks", "lang": "en",
        "company": "Neckar Summit Conferences", "contact": "priya.raman@neckarsummit.example.de",
        "frm": ("Priya Raman-Weiss", "priya.raman@neckarsummit.example.de"),
        "subject": "RE: Thank you - assessment day 9 April",
        "date": "2026-04-17 15:12",
        "reply_of": "s_neckarsummit_update",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Dear Friedemann,

Thank you for the kind note after the assessment day – it was a pleasure to host you, and the organ-recital idea for our Heidelberg reception was genuinely memorable.

We've now compared all six finalists. I'm sorry to tell you we'll be offering the Conference Coordinator position to another participant whose background in association congresses gave her an edge in the budgeting exercise. I'd be glad to give you detailed feedback on the case study if that would help – just reply and we'll find 20 minutes.

With best wishes,
Priya

Priya Raman-Weiss
Head of People & Operations
Neckar Summit Conferences GmbH
Bergheimer Straße 88 · 69115 Heidelberg · Germany
+49 6221 555 4803

________________________________
From: Friedemann Osei-Kranz <friedemann.ok@example.de>
Sent: Thursday, 9 April 2026 21:40
To: Priya Raman-Weiss <priya.raman@neckarsummit.example.de>
Subject: Thank you - assessment day 9 April

Dear Priya,

Many thanks for today's assessment day and the warm welcome by your team. The group exercise on the congress dinner was great fun, and I'd be delighted to continue the conversation about the Conference Coordinator role.

Best regards,
Friedemann""",
    },
    {
        "id": "r_mainstage_hold",
        "kind": "rejection", "scenario": "ashby_role_on_hold", "lang": "en",
        "company": "Mainstage Live", "contact": "dan@mainstage-live.example.com",
        "frm": ("Dan Okafor", "no-reply@ashbyhq.com"),
        "reply_to": ("Dan Okafor", "dan@mainstage-live.example.com"),
        "subject": "Update on the Venue Partnerships Coordinator role",
        "date": "2026-10-06 18:03",
        "reply_of": "s_mainstage_push",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Hi Friedemann,

Thanks again for the conversation on Friday 18 September - the team enjoyed it.

I wanted to let you know personally that the Venue Partnerships Coordinator role has been put on hold following our latest funding round, and we will not proceed with any candidates for now. We aren't sure if or when it will reopen, so I don't want to keep you waiting on us.

All the best,
Dan Okafor
COO, Mainstage Live""",
    },
    {
        "id": "r_castlegate_workable",
        "kind": "rejection", "scenario": "workable_qp_subject_utf8", "lang": "en",
        "company": "Castlegate Events", "contact": "",
        "frm": ("Castlegate Events", "noreply@candidates.workablemail.com"),
        "subject": "Castlegate Events – your application for Venue Coordinator",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-09-02 10:30", "tz": "UK",
        "headers": [("Auto-Submitted", "auto-generated")],
        "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Hello Friedemann,

We really appreciate the interest you've shown in Castlegate Events.

This message is to let you know we won't be taking your application for Venue Coordinator further. We had a very strong field, and as our phone call on 20 August didn't go ahead, the hiring team has progressed with people they were able to speak to.

We wish you every success – do keep an eye on castlegate-events.example.co.uk/careers for future roles.

Best,
Castlegate Events Hiring Team""",
    },
    {
        "id": "r_st_ninian_casual",
        "kind": "rejection", "scenario": "colleague_filled_internally", "lang": "en",
        "company": "St Ninian's by the Water", "contact": "graham.lowrie@stninians.example.org.uk",
        "frm": ("Graham Lowrie", "graham.lowrie@stninians.example.org.uk"),
        "subject": "the events & music post",
        "date": "2026-10-02 20:48", "tz": "UK",
        "msgid_style": "gmail",
        "text": """Friedemann,

Bad news first, then I'll buy you a dram when you're next over. The Kirk
Session met last night and they've given the events & music post to Morven,
who's been doing the Sunday bookings on a volunteer basis for two years. Once
she put her name in, it was always going to be hers, and honestly it would
have been strange for them to go outside.

I'm gutted on your behalf - you'd have brought the concert series back to
life. Keep me posted on Vienna!

Graham""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "r_palais_rhenan",
        "kind": "rejection", "scenario": "apres_entretien_cite_remerciement", "lang": "fr",
        "company": "Palais Rhénan des Congrès", "contact": "c.wetterle@palais-rhenan.example.fr",
        "frm": ("Camille Wetterlé", "c.wetterle@palais-rhenan.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Re: Remerciements suite à notre entretien",
        "date": "2026-06-11 11:18",
        "reply_of": "x_palais_rhenan_merci",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur,

Je vous remercie pour votre message et pour l'intérêt que vous portez au
Palais Rhénan.

Le jury a terminé les entretiens la semaine dernière. Malgré la qualité de
votre parcours, il a retenu une candidate qui a déjà coordonné plusieurs
salons professionnels au Wacken et qui maîtrise nos outils de billetterie. Je
ne suis donc pas en mesure de donner une suite favorable à votre candidature
au poste de chargé de projets événementiels.

Je vous souhaite une belle réussite dans vos démarches.

Bien cordialement,

Camille Wetterlé
Responsable des ressources humaines
Palais Rhénan des Congrès
Place de Bordeaux, 67000 Strasbourg
Tél. +33 3 88 55 50 12

{{quote:x_palais_rhenan_merci}}""",
    },
    {
        "id": "r_illrives_taleo",
        "kind": "rejection", "scenario": "taleo_html_only", "lang": "fr",
        "company": "Hôtel Ill-Rives", "contact": "",
        "frm": ("Groupe Ill-Rives Recrutement", "noreply@taleo.net"),
        "subject": "Votre candidature - Coordinateur banquets et séminaires (H/F)",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-24 06:03", "tz": "UTC",
        "reply_of": "m_illrives_immersion",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_cte": "quoted-printable",
        "html": ats_card(
            "Hôtel Ill-Rives Strasbourg",
            """<p>Bonjour Monsieur Osei-Kranz,</p>
<p>Nous vous remercions de l'intérêt porté à notre établissement et au poste de
<b>Coordinateur banquets et séminaires (H/F)</b>.</p>
<p>Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la
suite du processus.</p>
<p>Nous conservons votre profil dans notre base de talents et ne manquerons pas de revenir
vers vous si une opportunité correspondant à votre profil se présentait.</p>
<p>Cordialement,<br>Le service Recrutement</p>""",
            "Message généré automatiquement, merci de ne pas y répondre. © Groupe Ill-Rives",
            color="#5b3a29", lang="fr"),
    },
    {
        "id": "r_vosges_colmar",
        "kind": "rejection", "scenario": "cabinet_relaie_refus_client", "lang": "fr",
        "company": "Maison de la Musique de Colmar", "contact": "e.schaeffer@vosges-talents.example.fr",
        "frm": ("Élodie Schaeffer-Roth", "e.schaeffer@vosges-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Maison de la Musique de Colmar : retour du client",
        "date": "2026-04-14 18:31",
        "reply_of": "i_vosges_colmar",
        "charset": "windows-1252", "cte": "quoted-printable",
        "html_from": "outlook",
        "msgid_style": "outlook",
        "text": """Bonjour Friedemann,

J'ai eu ce matin le directeur de la Maison de la Musique de Colmar au téléphone. Il a beaucoup apprécié votre présentation du 1er avril, mais ils ont finalement choisi de confier la coordination de la saison à une personne déjà implantée dans le réseau culturel haut-rhinois.

Je suis sincèrement désolée, vous étiez en finale à deux. Je garde votre dossier en tête pour les prochaines missions « culture et événementiel » du cabinet – il y en aura sans doute à l'automne.

Très belle journée,
Élodie

Élodie Schaeffer-Roth
Consultante associée – Culture & Événementiel
Cabinet Vosges Talents
12 quai des Bateliers – 67000 Strasbourg
+33 3 88 55 51 70

""" + DISCLAIMER_FR + """

{{outlook:i_vosges_colmar}}""",
    },
    {
        "id": "r_rhenane_annule",
        "kind": "rejection", "scenario": "poste_supprime_base64", "lang": "fr",
        "company": "Université Rhénane de Strasbourg",
        "contact": "julien.hartmann@univ-rhenane.example.fr",
        "frm": ("Julien Hartmann", "julien.hartmann@univ-rhenane.example.fr"),
        "subject": "Recrutement « Chargé d'événements » - annulation",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-02-17 10:05",
        "reply_of": "a_rhenane_ack",
        "cte": "base64",
        "text": """Monsieur,

Vous avez candidaté en janvier au poste de chargé d'événements de la Direction
de la communication (réf. DC-2026-04). Je vous informe que ce recrutement est
annulé : le poste a été gelé dans le cadre du budget rectificatif voté par le
conseil d'administration, et il ne sera pas pourvu cette année.

Toutes les candidatures reçues sont donc classées sans suite. Je vous prie de
nous excuser pour ce contretemps et vous remercie de votre intérêt pour
l'université.

Julien Hartmann
Bureau du recrutement des personnels BIATSS
Université Rhénane de Strasbourg
4 rue Blaise-Pascal, 67000 Strasbourg""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "r_talentoferial_relay",
        "kind": "rejection", "scenario": "agencia_cliente_sin_nombre_latin1", "lang": "es",
        "company": "Talento Ferial", "contact": "nerea.urquiza@talentoferial.example.es",
        "frm": ("Nerea Urquiza", "nerea.urquiza@talentoferial.example.es"),
        "subject": "Proceso para la feria de Fráncfort",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-08-26 13:15",
        "reply_of": "m_talentoferial_llamada",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Hola, Friedemann:

Te escribo para cerrar el proceso que abrimos a principios de mes. Nuestro
cliente, el expositor del pabellón para la feria de otoño en Fráncfort, ha
cubierto ya el puesto de coordinador de stand con una persona que trabajó
con ellos en la edición anterior. Como no llegamos a hablar el día 13, no
pude presentarte antes de que tomaran la decisión.

Me sabe mal, porque tu alemán y tu experiencia en eventos eran justo lo que
buscaban. Seguiré contando contigo para las próximas ferias.

Un abrazo,
Nerea Urquiza
Consultora de selección | Talento Ferial
C/ de Alcalá 221, 28028 Madrid
+34 91 555 3104""",
    },
    {
        "id": "r_miravalle_smartrecruiters",
        "kind": "rejection", "scenario": "smartrecruiters_formal", "lang": "es",
        "company": "Hoteles Miravalle", "contact": "",
        "frm": ("Hoteles Miravalle", "noreply@smartrecruiters.com"),
        "subject": "Tu candidatura a Coordinador/a de Eventos – Miravalle Viena",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-22 08:55",
        "reply_of": "a_miravalle_smartrecruiters",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_cte": "quoted-printable",
        "text": """Hola Friedemann:

Gracias por tu interés en Hoteles Miravalle y por el tiempo dedicado a tu candidatura para Coordinador/a de Eventos en nuestro hotel de Viena.

Lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a los requisitos actuales del puesto.

Te animamos a seguir consultando nuestras vacantes en miravalle.example.es/empleo.

Un saludo,
Equipo de Talento – Hoteles Miravalle""",
        "html": ats_card(
            "Hoteles Miravalle",
            """<p>Hola Friedemann:</p>
<p>Gracias por tu interés en Hoteles Miravalle y por el tiempo dedicado a tu candidatura
para <b>Coordinador/a de Eventos</b> en nuestro hotel de Viena.</p>
<p>Lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se
ajusta mejor a los requisitos actuales del puesto.</p>
<p>Te animamos a seguir consultando nuestras vacantes en
<a href="https://miravalle.example.es/empleo">miravalle.example.es/empleo</a>.</p>
<p>Un saludo,<br>Equipo de Talento – Hoteles Miravalle</p>""",
            "Enviado a través de SmartRecruiters. No respondas a este correo.",
            color="#0e6e5c", lang="es"),
    },
    {
        "id": "r_expoiberia",
        "kind": "rejection", "scenario": "tras_entrevista_cita_gracias", "lang": "es",
        "company": "Expoiberia Eventos", "contact": "alvaro.mendizabal@expoiberia.example.es",
        "frm": ("Álvaro Mendizábal", "alvaro.mendizabal@expoiberia.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "RE: Gracias por la entrevista en el stand",
        "date": "2026-09-29 19:40",
        "reply_of": "x_expoiberia_gracias",
        "charset": "windows-1252", "cte": "quoted-printable",
        "msgid_style": "outlook",
        "html_from": "outlook",
        "text": """Estimado Friedemann:

Muchas gracias a ti por tu mensaje y por venir hasta el pabellón en plena feria; no era el mejor sitio para una entrevista y aun así lo hiciste muy bien.

Después de hablar con la dirección en Bilbao, te tengo que decir que no vamos a seguir adelante con tu candidatura. Para la coordinación de las delegaciones necesitamos a alguien con base en España que pueda viajar a todas las ferias del calendario, y eso no encaja con tu situación en Würzburg.

Te deseo mucha suerte y ojalá coincidamos en otra feria.

Un saludo cordial,
Álvaro Mendizábal
Director de Operaciones Internacionales
Expoiberia Eventos S.L. – Alameda de Recalde 36, 48009 Bilbao
Tel. +34 944 555 218

{{outlook:x_expoiberia_gracias}}""",
    },
    {
        "id": "r_academia_barroca_casual",
        "kind": "rejection", "scenario": "colega_informal", "lang": "es",
        "company": "Academia Barroca del Danubio",
        "contact": "ines.calatrava@academiabarroca.example.at",
        "frm": ("Inés Calatrava", "ines.calatrava@academiabarroca.example.at"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Lo de la Academia, te lo cuento yo",
        "date": "2026-10-09 23:20",
        "msgid_style": "gmail",
        "html_from": "gmail",
        "text": """Oye Friedemann,

te lo digo yo antes de que te llegue el correo oficial de la gerencia: al final
han cogido a otra persona para la coordinación de conciertos y giras. Es una
chica de Graz que ya llevaba la producción del festival de Melk, y el patronato
lo tenía bastante claro desde la segunda ronda.

Ya sabes que yo te quería en el equipo, así que me da mucha rabia. Si te vienes
a Viena en noviembre, te invito a un Melange y lo hablamos con calma.

Un beso,
Inés""",
    },
]
