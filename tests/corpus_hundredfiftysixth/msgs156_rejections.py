"""Corpus 156, kind `rejection`: 31 hand-written specs (15 de, 8 en, 4 fr, 4 es)."""

from msgs156_common import (
    ats_card,
    mso,
    outlook_block,
    paras_body,
    quote,
    reply,
    signature,
    word_html,
)

K = "rejection"

_frische_text = """Guten Tag Herr Kranz-Mwangi,

vielen Dank für Ihr Interesse an Frischekontor Süd und für die Zeit, die Sie in Ihre Bewerbung als Disponent Produktionsplanung (R-10482) am Standort Stuttgart-Feuerbach gesteckt haben.

Nach Sichtung aller eingegangenen Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert. Dort können Sie neue Stellenangebote jederzeit abonnieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team Frischekontor Süd

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
"""

_alpenhof_thanks = """Sehr geehrte Frau Hofstätter,

vielen Dank für das angenehme Gespräch am Dienstag und die Führung durch die Käserei in Bergheim. Besonders spannend fand ich Ihre Pläne, die Schichtplanung der Joghurtlinie vom Excel-Blatt ins ERP zu holen.

Für ein zweites Gespräch stehe ich jederzeit zur Verfügung.

Viele Grüße
Tobias Kranz-Mwangi"""

_alpenhof_no = """Sehr geehrter Herr Kranz-Mwangi,

herzlichen Dank für Ihre nette Nachricht und nochmals für Ihren Besuch bei uns in Bergheim.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende fiel die Wahl auf eine Kollegin, die seit Jahren die Schichtplanung in einem Molkereibetrieb verantwortet und die Umstellung aufs ERP schon einmal begleitet hat. Für Sie heißt das leider, dass wir Ihnen die Stelle nicht anbieten können.

Ich wünsche Ihnen für Ihren weiteren Weg alles Gute – vielleicht kreuzen sich unsere Wege ja noch einmal.

Liebe Grüße aus Salzburg
Verena Hofstätter
""" + signature(
    "Mag. Verena Hofstätter",
    "Leitung Personal & Organisation",
    "Molkerei Alpenhof eGen",
    "Moosstraße 41, 5101 Bergheim bei Salzburg",
    "T +43 662 555 3120 | verena.hofstaetter@alpenhof-molkerei.example.at",
    "Firmenbuch FN 998877x, Landesgericht Salzburg",
)

_limmat_cancel_quoted = """Grüezi Herr Kranz-Mwangi

Leider ist Herr Baumgartner kurzfristig erkrankt. Ich muss das Gespräch von morgen deshalb absagen; ein neuer Termin folgt.

Freundliche Grüsse
Corinne Frei"""

_lechfeld_sig = signature(
    "Feinbäckerei Rautenberg · Personal",
    "Leonberger Straße 12, 70499 Stuttgart",
)

_kaese_thread = outlook_block(
    "de",
    "Tobias Kranz-Mwangi <tobias.km@example.de>",
    "Montag, 13. April 2026 08:02",
    "Hubert Zettl <hubert.zettl@allgaeublick.example.de>",
    "Nachfrage: Leitung Produktionsplanung",
    """Sehr geehrter Herr Zettl,

nach unserem Vorstellungsgespräch vor drei Wochen wollte ich mich kurz nach dem Stand erkundigen. Gibt es schon einen Termin für die zweite Runde?

Viele Grüße
Tobias Kranz-Mwangi""",
)

_untersberg_missed = """Sehr geehrter Herr Kranz-Mwangi,

wir haben heute um 14:00 Uhr zu dritt in Teams auf Sie gewartet, Sie aber leider nicht erreicht. Bitte geben Sie uns kurz Bescheid, ob alles in Ordnung ist.

Freundliche Grüße
Andrea Pichler"""

_untersberg_plea = """Sehr geehrte Frau Pichler,

es tut mir sehr leid – ich hatte den Termin in meinem Kalender versehentlich für 16 Uhr eingetragen und stand um 14 Uhr noch in der Backstube. Wäre ein neuer Termin möglich?

Mit freundlichen Grüßen
Tobias Kranz-Mwangi"""

_untersberg_no = """Sehr geehrter Herr Kranz-Mwangi,

danke für Ihre offenen Worte. Wir haben das im Team besprochen: Da wir das Auswahlverfahren in dieser Woche abschließen und die übrigen Kandidatinnen und Kandidaten bereits alle gesprochen haben, werden wir Ihnen keinen weiteren Termin anbieten. Ihre Bewerbung ist damit für diese Stelle leider beendet.

Für künftige Ausschreibungen sind Sie herzlich eingeladen, sich erneut zu bewerben.

Freundliche Grüße
Andrea Pichler
Personalreferentin | Brauhaus Untersberg
Gartenauer Straße 8, 5083 Gartenau
+43 6246 555 71
"""

_edel_invite = """Servus Tobias,

hast du am Donnerstag kurz Zeit auf an Kaffee? Dann zeig ich dir die Backstube und wir reden über die Planungsstelle. So um 15 Uhr im Café am Alten Markt?

Liebe Grüße
Leni"""

_greenfield_html = ats_card(
    "Greenfield Dairies Careers",
    "#3a7d44",
    "<p>Dear Tobias,</p>"
    "<p>Thank you for your interest in the <b>Production Scheduler</b> position "
    "(Requisition 2026-0417) at our Naas Road site.</p>"
    "<p>We have reviewed the feedback from your conversations with the team. We regret to "
    "let you know that we will not be moving forward with your candidacy at this time.</p>"
    "<p>We encourage you to keep an eye on our careers page, as new roles open regularly.</p>"
    "<p>Kind regards,<br>Talent Acquisition<br>Greenfield Dairies</p>",
    "This email was sent from an unmonitored mailbox. Greenfield Dairies Ltd, Naas Road, "
    "Dublin 12, Ireland.",
)

_nordbake_text = """Dear Tobias,

Thank you for the time you and the panel spent together on 9 September, and for the thoughtful questions you brought on our Zürich planning hub.

We have now concluded the process for Senior Production Planner. The panel was impressed by how you run a bakery floor, but this role needs someone who has already owned S&OP at group level across several plants, and we felt that gap was too wide to close in the first months. We have therefore offered the position to another candidate.

I would be glad to keep your details for plant-level roles in Ulm and Strasbourg, if you agree.

Best regards,
Jonas Ekström
Head of Supply Planning
NordBake Group | Hardturmstrasse 161, 8005 Zürich
+41 44 555 20 90

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential or privileged information. If you have received it in error, please notify the sender and delete it. NordBake Group AG does not accept liability for any errors or omissions in the content of this message.
"""

_ill_thanks = """Madame Stoffel,

Je tenais à vous remercier pour l'entretien de mercredi et pour la visite de la salle de brassage. Le projet de nouvelle ligne de canettes m'a beaucoup intéressé.

Bien cordialement,
Tobias Kranz-Mwangi"""

_laiterie_text = """Monsieur,

Nous revenons vers vous au sujet de votre candidature au poste de Responsable planification de production, que nous avions publié en mars.

Suite à la réorganisation de nos deux sites d'Alsace décidée par le conseil d'administration, ce poste a été supprimé et le recrutement est clos. Nous ne pourrons donc pas donner suite à votre candidature.

Nous vous remercions de l'intérêt porté à notre coopérative et vous prions d'agréer, Monsieur, nos salutations distinguées.

Service des Ressources Humaines
Laiterie du Léman - site de Brumath
3 rue des Prés, 67170 Brumath
"""

_tibidabo_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Galletas Tibidabo</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<div style="max-width:560px;margin:0 auto;border-top:4px solid #b5651d;padding:18px">
<p>Hola Tobias:</p>
<p>Te escribimos en relación con el puesto de <strong>Técnico/a de Planificación de Producción</strong> en nuestra fábrica de Sant Adrià de Besòs.</p>
<p>Queríamos avisarte de que la posición se ha cubierto finalmente con una promoción interna de nuestro equipo de turno de noche, así que cerramos el proceso sin incorporar a nadie de fuera. Sentimos no traerte mejores noticias.</p>
<p>Guardaremos tu currículum, si nos das permiso, para futuras vacantes en planta.</p>
<p>Un saludo,<br>
Montserrat Ferrer<br>
Recursos Humanos · Galletas Tibidabo<br>
Carrer de la Indústria 22, 08930 Sant Adrià de Besòs<br>
<a href="mailto:m.ferrer@galletastibidabo.example.es">m.ferrer@galletastibidabo.example.es</a> · +34 93 555 41 20</p>
<p style="font-size:10px;color:#999">Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, comuníquelo al remitente y bórrelo. Galletas Tibidabo S.L. trata sus datos conforme al RGPD.</p>
</div>
</body></html>
"""

MESSAGES = [
    # ------------------------------------------------------------------ German
    {
        "kind": K, "name": "frischekontor_workday_formal", "lang": "de",
        "company": "Frischekontor Süd", "contact": "",
        "sender": ("Frischekontor Süd", "frischekontor@myworkday.com"),
        "subject": "Ihre Bewerbung als Disponent Produktionsplanung (R-10482)",
        "date": "2026-03-02 07:14 -0800",
        "refs": ["frische-ack"],
        "text": _frische_text,
        "html": ats_card("Frischekontor Süd", "#00704a", paras_body(_frische_text),
                      "Powered by Workday"),
    },
    {
        "kind": K, "name": "alpenhof_after_interview_quotes_thanks", "lang": "de",
        "company": "Molkerei Alpenhof", "contact": "verena.hofstaetter@alpenhof-molkerei.example.at",
        "sender": ("Verena Hofstätter", "verena.hofstaetter@alpenhof-molkerei.example.at"),
        "subject": "AW: Danke für das Gespräch – Schichtleitung Produktionsplanung",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-04-20 16:47 +0200",
        "refs": ["alpenhof-move", "<thanks-alpenhof.0415@example.de>"],
        "text": reply(_alpenhof_no, "de", "15.04.2026 um 19:12", "Tobias Kranz-Mwangi",
                   "tobias.km@example.de", _alpenhof_thanks),
    },
    {
        "kind": K, "name": "limmatkorn_filled_internally", "lang": "de",
        "company": "Limmatkorn", "contact": "reto.baumgartner@limmatkorn.example.ch",
        "sender": ("Reto Baumgartner", "reto.baumgartner@limmatkorn.example.ch"),
        "subject": "Stelle Leiter Produktionsplanung – intern besetzt",
        "date": "2026-05-05 10:21 +0200",
        "refs": ["limmat-book", "limmat-cancel"],
        "text": reply(
            """Grüezi Herr Kranz-Mwangi

Inzwischen bin ich wieder auf den Beinen – danke für Ihre guten Wünsche.

Ich muss Ihnen allerdings mitteilen, dass wir den Ersatztermin nicht mehr brauchen: Während meiner Abwesenheit hat sich ein langjähriger Schichtleiter aus unserer eigenen Backstube auf die Stelle beworben, und die Geschäftsleitung hat sie ihm letzte Woche übertragen. Das Verfahren ist damit abgeschlossen, ohne dass wir externe Bewerbende weiter berücksichtigen.

Es tut mir leid, dass es so gelaufen ist. Ihr Dossier hat uns gefallen.

Freundliche Grüsse
Reto Baumgartner
Leiter Produktion | Limmatkorn Brotmanufaktur
Hardstrasse 219, 8005 Zürich | +41 44 555 61 10
""",
            "de", "14.04.2026 um 17:05", "Corinne Frei", "corinne.frei@limmatkorn.example.ch",
            _limmat_cancel_quoted),
        "html": True,
    },
    {
        "kind": K, "name": "personalwerk_relays_nordlicht_no", "lang": "de",
        "company": "Nordlicht Tiefkühl", "contact": "j.wiesinger@personalwerk.example.de",
        "sender": ("Jana Wiesinger | Personalwerk Bayern", "j.wiesinger@personalwerk.example.de"),
        "subject": "Rückmeldung Nordlicht Tiefkühl: Schichtkoordination Augsburg",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-06 11:38 +0100",
        "refs": ["pw-invite", "pw-missed"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hallo Herr Kranz-Mwangi,

ich habe heute Vormittag mit der Werksleitung bei Nordlicht Tiefkühl telefoniert. Leider nichts Erfreuliches: Nach dem geplatzten Termin vom 27. Januar möchte der Kunde keinen neuen Gesprächstermin ansetzen und hat die Schichtkoordination inzwischen anderweitig vergeben.

Ich weiß, dass der Termin an der gesperrten B17 gescheitert ist – das habe ich dem Kunden auch so weitergegeben, aber die Entscheidung steht.

Ich bleibe für Sie dran: Für zwei Einsätze in Augsburg-Lechhausen (Backwaren, Frühschicht) warte ich noch auf die Freigabe und melde mich nächste Woche.

Viele Grüße
Jana Wiesinger
Personaldisponentin
Personalwerk Bayern – Niederlassung Augsburg
Halderstraße 21, 86150 Augsburg
Tel. 0821 555 4410
""",
    },
    {
        "kind": K, "name": "wendelstein_terse_after_panel", "lang": "de",
        "company": "Brauerei Wendelstein", "contact": "k.stangl@brauerei-wendelstein.example.de",
        "sender": ("Korbinian Stangl", "k.stangl@brauerei-wendelstein.example.de"),
        "subject": "Produktionsplanung",
        "date": "2026-04-15 21:03 +0200",
        "refs": ["wendel-invite", "wendel-cancel"],
        "text": """Servus Herr Kranz-Mwangi,

danke nochmal fürs Kommen am Freitag. Wir haben uns für wen anderen entschieden.

Alles Gute
K. Stangl
Braumeister

Von meinem iPhone gesendet
""",
    },
    {
        "kind": K, "name": "schwabenteig_on_hold_outlook_html", "lang": "de",
        "company": "Teigwaren Schwabenland", "contact": "p.maurer@schwabenteig.example.de",
        "sender": ("Petra Maurer | Teigwaren Schwabenland", "p.maurer@schwabenteig.example.de"),
        "subject": "Ihre Bewerbung – Schichtleiter Produktionsplanung (m/w/d)",
        "date": "2026-05-26 09:55 +0200",
        "refs": ["schwaben-video", "schwaben-move"],
        "html": word_html(mso("""Sehr geehrter Herr Kranz-Mwangi,

ich melde mich mit einer Nachricht, die ich Ihnen gern erspart hätte.

Unsere Geschäftsführung hat vergangene Woche beschlossen, die Nudelproduktion in Ditzingen bis auf Weiteres nicht zu erweitern. Die Stelle „Schichtleiter Produktionsplanung“ ist damit eingefroren, und wir führen das Auswahlverfahren nicht fort – auch nicht mit dem für Donnerstag vereinbarten Videogespräch, das hiermit entfällt.

Sollte die Erweiterung im kommenden Jahr doch kommen, würde ich mich gern wieder bei Ihnen melden.

Mit freundlichen Grüßen

Petra Maurer
Personalreferentin
Teigwaren Schwabenland GmbH & Co. KG
Siemensstraße 7 · 71254 Ditzingen
Telefon 07156 555-230 · p.maurer@schwabenteig.example.de
""")),
        "html_charset": "windows-1252", "html_cte": "quoted-printable",
    },
    {
        "kind": K, "name": "sonnenhof_successfactors_latin1", "lang": "de",
        "company": "Marktkette Sonnenhof", "contact": "",
        "sender": ("Marktkette Sonnenhof Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung: Teamleiter Frischeplanung Zentrallager Gersthofen",
        "date": "2026-03-18 13:30 +0100",
        "refs": ["sonnenhof-ack"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

wir möchten uns herzlich für Ihre Bewerbung als Teamleiter Frischeplanung in unserem Zentrallager Gersthofen bedanken.

Ihr Werdegang als Bäckermeister hat uns in vielen Punkten angesprochen. Für diese Position suchen wir jedoch jemanden mit mehrjähriger Erfahrung in der Frischelogistik des Lebensmitteleinzelhandels, und hier sehen wir leider keine ausreichende Übereinstimmung mit Ihrem Profil. Wir haben uns deshalb entschieden, Ihre Bewerbung nicht weiter zu verfolgen.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüße
Personalgewinnung Marktkette Sonnenhof

Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen wenden Sie sich an unser Karriereportal.
""",
        "html": True, "html_charset": "iso-8859-1",
    },
    {
        "kind": K, "name": "donau_taleo_base64_austrian", "lang": "de",
        "company": "Gebäckfabrik Donau", "contact": "",
        "sender": ("Gebäckfabrik Donau – Recruiting", "do-not-reply@taleo.net"),
        "sender_enc": ("utf-8", "B"),
        "subject": "Bewerbung Referenz 26-0093 – Produktionsplaner:in Simmering",
        "date": "2026-02-10 08:00 +0100",
        "refs": ["donau-ack"],
        "cte": "base64",
        "text": """Sehr geehrter Herr Kranz-Mwangi!

Wir danken Ihnen für Ihre Bewerbung vom 14. Jänner und das damit verbundene Interesse an unserem Werk in Wien-Simmering.

Nach eingehender Prüfung bedauern wir, Ihnen mitteilen zu müssen, dass wir Sie nicht in die engere Auswahl für die Position Produktionsplaner:in aufnehmen konnten. Die Zahl sehr guter Bewerbungen war heuer außergewöhnlich hoch.

Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Gebäckfabrik Donau – Personalabteilung
Haidequerstraße 3, 1110 Wien
""",
    },
    {
        "kind": K, "name": "edelweiss_casual_du_quotes_invite", "lang": "de",
        "company": "Konditorei Edelweiss", "contact": "leni@konditorei-edelweiss.example.at",
        "sender": ("Leni Gruber", "leni@konditorei-edelweiss.example.at"),
        "subject": "Re: Kaffee am Donnerstag?",
        "date": "2026-03-27 18:20 +0100",
        "refs": ["edel-invite"],
        "text": reply(
            """Servus Tobias,

ich sag's dir lieber gleich direkt, bevor du noch lang wartest: Wir haben uns nach unserem Kaffee für jemanden entschieden, der unsere Schokoladenlinie schon von früher kennt. Tut mir echt leid, mir hat's mit dir Spaß gemacht.

Wenn bei uns in der Backstube wieder was frei wird, meld ich mich bei dir, versprochen.

Bussi
Leni
""",
            "de", "17.03.2026 um 08:41", "Leni Gruber", "leni@konditorei-edelweiss.example.at",
            _edel_invite),
    },
    {
        "kind": K, "name": "gks_augsburg_public_letter_pdf", "lang": "de",
        "company": "Gemeinschaftsküche Schwaben", "contact": "birgit.lechner@gk-schwaben.example.de",
        "sender": ("Birgit Lechner", "birgit.lechner@gk-schwaben.example.de"),
        "subject": "Stellenbesetzungsverfahren Kennziffer 2026/114 – Mitteilung",
        "date": "2026-06-30 14:12 +0200",
        "text": """Sehr geehrter Herr Kranz-Mwangi,

das Stellenbesetzungsverfahren für die Stelle „Sachgebietsleitung Produktionsplanung Zentralküche“ (Kennziffer 2026/114) ist abgeschlossen.

Wir bedauern, Ihnen mitteilen zu müssen, dass die Auswahlkommission sich nach Abschluss der Vorstellungsgespräche für eine Mitbewerberin entschieden hat. Das förmliche Schreiben finden Sie im Anhang.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist von drei Monaten gemäß § 15 Abs. 4 AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Birgit Lechner
Personalservice
Gemeinschaftsküche Schwaben – Kommunalunternehmen
Provinostraße 52, 86153 Augsburg
Telefon 0821 555 7731

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""",
        "pdfs": [("Mitteilung_2026-114_Kranz-Mwangi.pdf", [
            "Gemeinschaftsküche Schwaben - Personalservice",
            "Provinostraße 52, 86153 Augsburg",
            "",
            "Herrn Tobias Kranz-Mwangi",
            "",
            "Augsburg, 30.06.2026",
            "Stellenbesetzungsverfahren Kennziffer 2026/114",
            "",
            "Sehr geehrter Herr Kranz-Mwangi,",
            "die Auswahlkommission hat sich für eine Mitbewerberin entschieden.",
            "Wir danken Ihnen für Ihre Teilnahme am Verfahren.",
            "",
            "Im Auftrag, B. Lechner",
        ])],
    },
    {
        "kind": K, "name": "rautenberg_recruitee_closer_match", "lang": "de",
        "company": "Feinbäckerei Rautenberg", "contact": "",
        "sender": ("Feinbäckerei Rautenberg", "rautenberg@jobs.recruitee.com"),
        "subject": "Deine Bewerbung bei Feinbäckerei Rautenberg",
        "date": "2026-07-14 10:02 +0200",
        "text": """Hallo Tobias,

danke, dass du dich für die Stelle als Produktionsplaner*in in unserer Backstube in Stuttgart-Weilimdorf beworben hast.

Wir haben uns inzwischen alle Bewerbungen angesehen und uns für Kandidat*innen entschieden, deren bisherige Erfahrungen noch genauer zu dem passen, was wir für diese Stelle brauchen. Deshalb geht es für dich in diesem Verfahren leider nicht weiter.

Wir wünschen dir alles Gute bei der Suche!

Dein Team der Feinbäckerei Rautenberg
""" + _lechfeld_sig,
        "html": True,
    },
    {
        "kind": K, "name": "allgaeublick_budget_cut_outlook_chain", "lang": "de",
        "company": "Käserei Allgäublick", "contact": "hubert.zettl@allgaeublick.example.de",
        "sender": ("Zettl, Hubert", "hubert.zettl@allgaeublick.example.de"),
        "subject": "AW: Nachfrage: Leitung Produktionsplanung",
        "date": "2026-04-14 12:26 +0200",
        "refs": ["<nachfrage.allgaeu.0413@example.de>"],
        "text": """Hallo Herr Kranz-Mwangi,

danke für Ihre Nachfrage, und entschuldigen Sie, dass ich mich so lange nicht gemeldet habe.

Eine zweite Runde wird es nicht geben: Der Beirat hat bei der Budgetplanung für das zweite Halbjahr die Stelle Leitung Produktionsplanung komplett gestrichen, die Aufgaben verteilen wir jetzt auf die bestehenden Schichtführer. Ihre Bewerbung können wir deshalb nicht weiterführen.

Das hat nichts mit Ihnen zu tun, Ihr Gespräch war eines der besten.

Beste Grüße
Hubert Zettl
Betriebsleiter
Käserei Allgäublick eG · Bahnhofstraße 14 · 86830 Schwabmünchen
""" + _kaese_thread,
    },
    {
        "kind": K, "name": "alpinefoodtalent_unnamed_client_no", "lang": "de",
        "company": "Alpine Food Talent", "contact": "nadja.luethi@alpinefoodtalent.example.ch",
        "sender": ("Nadja Lüthi", "nadja.luethi@alpinefoodtalent.example.ch"),
        "sender_enc": ("utf-8", "Q"),
        "subject": "Ihre Kandidatur – Leitung Produktionsplanung Milchverarbeitung",
        "date": "2026-08-19 17:44 +0200",
        "text": """Guten Abend Herr Kranz-Mwangi

Ich habe heute das Feedback unseres Mandanten erhalten, des Familienunternehmens in der Milchverarbeitung im Raum Winterthur, bei dem Sie sich vorgestellt haben.

Nach den Zweitgesprächen hat sich die Geschäftsleitung für eine andere Kandidatur entschieden. Ausschlaggebend war die Erfahrung mit IFS-Audits als verantwortliche Person, die Ihnen im Vergleich gefehlt hat. Ihre Art, Schichtmodelle zu erklären, kam übrigens sehr gut an.

Ich behalte Sie gerne für weitere Mandate im Auge.

Freundliche Grüsse
Nadja Lüthi
Senior Consultant Food & Beverage
Alpine Food Talent · Seefeldstrasse 69 · 8008 Zürich
+41 43 555 18 72
""",
        "html": True,
    },
    {
        "kind": K, "name": "untersberg_no_second_chance_long_chain", "lang": "de",
        "company": "Brauhaus Untersberg", "contact": "andrea.pichler@untersberg-brau.example.at",
        "sender": ("Andrea Pichler", "andrea.pichler@untersberg-brau.example.at"),
        "subject": "AW: AW: Vorstellungsgespräch Produktionsplanung – nicht erreicht",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-07-02 09:40 +0200",
        "refs": ["untersberg-invite", "untersberg-missed", "<sorry.untersberg.0701@example.de>"],
        "text": _untersberg_no + "\n" + "Am 01.07.2026 um 07:58 schrieb Tobias Kranz-Mwangi "
        "<tobias.km@example.de>:\n" + quote(
            _untersberg_plea + "\n\nAm 30.06.2026 um 14:35 schrieb Andrea Pichler "
            "<andrea.pichler@untersberg-brau.example.at>:\n" + quote(_untersberg_missed)
        ) + "\n",
    },
    {
        "kind": K, "name": "hafergold_after_trial_day", "lang": "de",
        "company": "Hafergold", "contact": "seraina.caflisch@hafergold.example.ch",
        "sender": ("Seraina Caflisch", "seraina.caflisch@hafergold.example.ch"),
        "subject": "Ihr Probetag bei Hafergold",
        "date": "2026-09-25 15:15 +0200",
        "refs": ["hafergold-trial", "hafergold-move"],
        "text": """Lieber Herr Kranz-Mwangi

Nochmals danke, dass Sie am Mittwoch einen ganzen Tag bei uns in der Müsli-Manufaktur mitangepackt haben – das Team hat Ihre ruhige Art an der Mischanlage sehr geschätzt.

Wir haben danach lange diskutiert und sind zum Schluss gekommen, dass für die Planung unserer neuen Abfüllanlage jemand mit vertiefter Erfahrung in Verpackungstechnik die bessere Besetzung ist. Wir werden Ihnen deshalb kein Angebot machen.

Ich hoffe, Sie nehmen trotzdem einen guten Eindruck von uns mit.

Herzliche Grüsse
Seraina Caflisch
Co-Geschäftsführerin · Hafergold Müsli-Manufaktur
Binzstrasse 23 · 8045 Zürich
""",
        "html": True, "cte": "base64",
    },
    # ------------------------------------------------------------------ English
    {
        "kind": K, "name": "liffey_via_greenhouse_after_missed", "lang": "en",
        "company": "Liffey Bakehouse", "contact": "aoife.brennan@liffeybakehouse.example.ie",
        "sender": ("Aoife Brennan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Aoife Brennan", "aoife.brennan@liffeybakehouse.example.ie"),
        "subject": "Your application for Production Planning Lead at Liffey Bakehouse",
        "date": "2026-05-28 16:05 +0100",
        "refs": ["liffey-invite", "liffey-move", "liffey-missed"],
        "text": """Hi Tobias,

Thanks again for joining us on the Monday call after the mix-up with the Teams link on Friday - I know that was frustrating on both sides.

After talking it over with Niamh and the ops team, we've decided not to take your application for Production Planning Lead any further. The deciding factor was hands-on experience with our bake-to-order forecasting tool, which the team needs from week one.

I'm sorry it isn't better news, and thank you for your patience with the scheduling.

All the best,
Aoife

Aoife Brennan | People Partner
Liffey Bakehouse | Unit 7, Park West Business Park, Dublin 12
""",
        "html": True,
    },
    {
        "kind": K, "name": "greenfield_icims_formal", "lang": "en",
        "company": "Greenfield Dairies", "contact": "",
        "sender": ("Greenfield Dairies Talent Acquisition", "greenfielddairies@talent.icims.com"),
        "subject": "Update on your application - Production Scheduler (2026-0417)",
        "date": "2026-04-24 11:00 +0100",
        "text": """Dear Tobias,

Thank you for your interest in the Production Scheduler position (Requisition 2026-0417) at our Naas Road site.

We have reviewed the feedback from your conversations with the team. We regret to let you know that we will not be moving forward with your candidacy at this time.

We encourage you to keep an eye on our careers page, as new roles open regularly.

Kind regards,
Talent Acquisition
Greenfield Dairies

This email was sent from an unmonitored mailbox.
""",
        "html": _greenfield_html,
    },
    {
        "kind": K, "name": "dublindough_terse_human", "lang": "en",
        "company": "Dublin Doughworks", "contact": "ciaran@dublindoughworks.example.ie",
        "sender": ("Ciarán Doyle", "ciaran@dublindoughworks.example.ie"),
        "sender_enc": ("iso-8859-1", "Q"),
        "subject": "Re: night shift planner",
        "date": "2026-06-11 22:41 +0100",
        "refs": ["<tkm.ddc.0609@example.de>"],
        "text": """Tobias - appreciate you coming in on Tuesday. Not going to work out this time, we've given it to someone local who can start Monday.

Best of luck with it.
C.

Sent from my phone
""",
    },
    {
        "kind": K, "name": "tempostaff_relays_harbour_foods", "lang": "en",
        "company": "Harbour Foods", "contact": "megan.walsh@tempostaff.example.ie",
        "sender": ("Megan Walsh", "megan.walsh@tempostaff.example.ie"),
        "subject": "Harbour Foods - feedback",
        "date": "2026-08-06 10:17 +0100",
        "refs": ["tempo-harbour-invite"],
        "text": """Hi Tobias,

I've just come off the phone with the site manager at Harbour Foods in Ballymount. Unfortunately they've chosen to go with another of the shortlisted people for the planning coordinator contract.

Their feedback was genuinely positive - they liked your bakery background - but with the chilled-ready-meals launch in September they wanted someone who has already planned around short shelf-life chilled product.

Don't be discouraged; I'll ring you Friday about two temp-to-perm options in Swords.

Thanks,
Megan

Megan Walsh | Senior Consultant, Food Manufacturing
TempoStaff Recruitment | 14 Capel Street, Dublin 1 | +353 1 555 3391
TempoStaff Recruitment Ltd is registered in Ireland, company no. 555123.
""",
    },
    {
        "kind": K, "name": "ballymore_filled_internally", "lang": "en",
        "company": "Ballymore Brewing", "contact": "siobhan@ballymorebrewing.example.ie",
        "sender": ("Siobhan Kearney", "siobhan@ballymorebrewing.example.ie"),
        "subject": "Re: Quick chat Thursday?",
        "date": "2026-09-15 13:12 +0100",
        "refs": ["ballymore-chat"],
        "text": reply(
            """Hi Tobias,

Following up on our chat at the taproom the other week. In the meantime one of our shift brewers, who has been running the canning schedule informally for a year, put his hand up for the planner job, and we've given it to him. So there won't be a next step with us for now.

Sorry to have got your hopes up - it was a really enjoyable conversation.

Siobhan
Ballymore Brewing | Head of Operations
""",
            "en", "Tue, 1 Sep 2026 at 09:30", "Siobhan Kearney",
            "siobhan@ballymorebrewing.example.ie",
            """Hey Tobias, are you free Thursday to chat about the planner job? Half an hour at the taproom, 11ish? Siobhan"""),
    },
    {
        "kind": K, "name": "haferwerk_lever_closer_match", "lang": "en",
        "company": "Haferwerk", "contact": "",
        "sender": ("Haferwerk", "no-reply@hire.lever.co"),
        "subject": "Your application to Haferwerk",
        "date": "2026-05-12 18:30 +0000",
        "refs": ["haferwerk-ack"],
        "text": """Hi Tobias,

Thank you for applying for the Operations Planner (Oat Drinks) role at Haferwerk in Stuttgart and for your patience while we reviewed applications.

We've decided to move forward with candidates whose experience more closely matches the requirements of this position. This was a hard call given the number of strong applicants.

We'll keep your profile on file and may reach out if a suitable role comes up.

Best,
The Haferwerk Team
""",
        "html": ats_card("Haferwerk", "#c59d5f",
                      "<p>Hi Tobias,</p><p>Thank you for applying for the <b>Operations Planner "
                      "(Oat Drinks)</b> role at Haferwerk in Stuttgart and for your patience "
                      "while we reviewed applications.</p><p>We've decided to move forward "
                      "with candidates whose experience more closely matches the requirements "
                      "of this position. This was a hard call given the number of strong "
                      "applicants.</p><p>We'll keep your profile on file and may reach out if "
                      "a suitable role comes up.</p><p>Best,<br>The Haferwerk Team</p>",
                      "Sent via Lever"),
    },
    {
        "kind": K, "name": "nordbake_outlook_after_panel", "lang": "en",
        "company": "NordBake Group", "contact": "jonas.ekstrom@nordbake.example.ch",
        "sender": ("Jonas Ekström", "jonas.ekstrom@nordbake.example.ch"),
        "sender_enc": ("utf-8", "B"),
        "subject": "Senior Production Planner - outcome",
        "date": "2026-09-17 08:55 +0200",
        "refs": ["nordbake-panel", "nordbake-update"],
        "text": _nordbake_text,
        "html": word_html(mso(_nordbake_text)),
    },
    {
        "kind": K, "name": "crumbcollective_casual_went_another_way", "lang": "en",
        "company": "Crumb Collective", "contact": "max@crumbcollective.example.at",
        "sender": ("Max Leitner", "max@crumbcollective.example.at"),
        "subject": "planner role",
        "date": "2026-10-06 19:48 +0200",
        "text": """Hey Tobias,

quick one from me: we've gone with someone who already ran a line-changeover project at a croissant plant in Linz, so the planner role is off the table for you. Honestly a close call.

If you're ever in Vienna, drinks are on me.

Max
--
Max Leitner | Co-founder, Crumb Collective | Wien
""",
    },
    # ------------------------------------------------------------------ French
    {
        "kind": K, "name": "brasserie_ill_after_interview_quotes_thanks", "lang": "fr",
        "company": "Brasserie de l'Ill", "contact": "camille.stoffel@brasserie-ill.example.fr",
        "sender": ("Camille Stoffel", "camille.stoffel@brasserie-ill.example.fr"),
        "subject": "RE: Merci pour l'entretien",
        "date": "2026-07-21 11:09 +0200",
        "refs": ["ill-invite", "ill-cancel", "<merci.ill.0716@example.de>"],
        "text": reply(
            """Bonjour Monsieur Kranz-Mwangi,

Merci pour votre message, qui nous a fait plaisir.

Après avoir revu l'ensemble des candidatures avec le directeur de site, le comité a préféré un profil ayant déjà piloté une ligne de conditionnement en canettes. Nous ne retiendrons donc pas votre candidature pour le poste de planificateur de production.

Je vous souhaite pleine réussite dans votre projet de reconversion.

Cordialement,
Camille Stoffel
Chargée de recrutement - Brasserie de l'Ill
12 route de Bischwiller, 67300 Schiltigheim
03 88 55 51 24
""",
            "fr", "jeu. 16 juil. 2026 à 18:22", "Tobias Kranz-Mwangi", "tobias.km@example.de",
            _ill_thanks),
        "html": True,
    },
    {
        "kind": K, "name": "vosges_taleo_latin1", "lang": "fr",
        "company": "Fromageries des Vosges", "contact": "",
        "sender": ("Fromageries des Vosges", "do-not-reply@taleo.net"),
        "subject": "Votre candidature - Planificateur de production H/F (réf. FV-2026-31)",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-07 09:30 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur Kranz-Mwangi,

Nous avons bien étudié votre candidature au poste de Planificateur de production H/F sur notre site de Gérardmer et nous vous remercions de l'intérêt que vous portez à notre groupe.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de lui donner une suite favorable.

Nous conservons vos coordonnées dans notre vivier, sauf opposition de votre part.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Fromageries des Vosges

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "kind": K, "name": "interim_alsace_relays_hansi", "lang": "fr",
        "company": "Biscuiterie Hansi", "contact": "julie.weber@interim-alsace.example.fr",
        "sender": ("Julie Weber - Intérim Alimentaire Alsace", "julie.weber@interim-alsace.example.fr"),
        "subject": "Retour de la Biscuiterie Hansi",
        "date": "2026-08-27 16:31 +0200",
        "refs": ["interim-hansi-invite"],
        "text": """Bonjour Tobias,

J'ai eu ce midi le responsable de production de la Biscuiterie Hansi au téléphone.

Ils ont apprécié votre passage sur la ligne de bredele, mais pour la mission de coordinateur planning ils partent sur quelqu'un qui a déjà l'habitude de leur logiciel de GPAO. Ce ne sera donc pas pour cette fois.

Je vous rappelle dès que j'ai une autre mission dans le secteur de Sélestat ou d'Obernai.

Belle fin de semaine,
Julie Weber
Chargée de recrutement
Intérim Alimentaire Alsace - Agence de Strasbourg
8 quai Kléber, 67000 Strasbourg - 03 88 55 62 10
""",
    },
    {
        "kind": K, "name": "laiterie_leman_post_removed_base64", "lang": "fr",
        "company": "Laiterie du Léman", "contact": "",
        "sender": ("Laiterie du Léman - RH", "rh-recrutement-noreply@laiterie-leman.example.fr"),
        "sender_enc": ("iso-8859-1", "B"),
        "subject": "Candidature : Responsable planification de production",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-06-19 10:45 +0200",
        "charset": "iso-8859-1", "cte": "base64",
        "text": _laiterie_text,
    },
    # ------------------------------------------------------------------ Spanish
    {
        "kind": K, "name": "llevat_after_reschedule", "lang": "es",
        "company": "Obrador Llevat", "contact": "laia@obradorllevat.example.es",
        "sender": ("Laia Puigdomènech", "laia@obradorllevat.example.es"),
        "subject": "Tu candidatura en Obrador Llevat",
        "date": "2026-07-10 12:40 +0200",
        "refs": ["llevat-invite", "llevat-move"],
        "text": """Hola Tobias:

Gracias por venir el martes al obrador y por la paciencia con el cambio de fecha.

Te escribo para contarte que al final nos quedamos con una persona que ya conoce nuestro proceso de masa madre y trabajó con nosotros en la campaña de Navidad. Por eso no vamos a continuar con tu candidatura para el puesto de responsable de planificación.

Ojalá coincidamos en otra ocasión; nos gustó mucho tu forma de hablar del turno de noche.

Un abrazo,
Laia Puigdomènech
Obrador Llevat · Carrer de Sant Joan de Malta 120, 08018 Barcelona
""",
        "html": True,
    },
    {
        "kind": K, "name": "vela_smartrecruiters_formal", "lang": "es",
        "company": "Supermercats Vela", "contact": "",
        "sender": ("Supermercats Vela", "noreply@smartrecruiters.com"),
        "subject": "Actualización sobre tu candidatura: Planificador/a de Producción Panadería",
        "date": "2026-09-03 07:20 +0000",
        "refs": ["vela-ack", "vela-video"],
        "text": """Hola Tobias,

Te agradecemos sinceramente el tiempo dedicado al proceso de selección para Planificador/a de Producción Panadería en nuestro obrador central de El Prat.

Lamentamos comunicarte que, tras valorar todas las candidaturas, en esta ocasión tu perfil no ha sido seleccionado para avanzar a la siguiente fase.

Te animamos a seguir consultando nuestras ofertas.

Atentamente,
Equipo de Talento · Supermercats Vela

Este correo se ha enviado desde una dirección que no admite respuestas.
""",
        "html": True,
    },
    {
        "kind": K, "name": "talentogastro_relays_garraf", "lang": "es",
        "company": "Panificadora Garraf", "contact": "jordi.serra@talentogastro.example.es",
        "sender": ("Jordi Serra", "jordi.serra@talentogastro.example.es"),
        "subject": "RE: ¿Novedades de Garraf?",
        "date": "2026-10-02 18:05 +0200",
        "text": """Hola Tobias,

Ya tengo respuesta de Panificadora Garraf sobre la vacante de jefe de turno y planificación en Vilanova.

No ha salido: el cliente ha preferido a un candidato que habla catalán con fluidez, porque el puesto coordina a un equipo de treinta personas que trabaja casi todo en catalán. Me han dicho que tu experiencia técnica les pareció muy sólida.

Seguimos buscando; la semana que viene te paso dos opciones en cerveceras.

Saludos,
Jordi Serra
Consultor · Talento Gastro BCN
Carrer d'Aribau 88, 08036 Barcelona · +34 93 555 70 15
""" + outlook_block(
            "es", "Tobias Kranz-Mwangi <tobias.km@example.de>",
            "lunes, 28 de septiembre de 2026 9:14",
            "Jordi Serra <jordi.serra@talentogastro.example.es>",
            "¿Novedades de Garraf?",
            """Hola Jordi,

¿sabes algo de Panificadora Garraf? En la entrevista me dijeron que decidirían esta semana y que me llamarían para una segunda visita al obrador.

Gracias,
Tobias"""),
    },
    {
        "kind": K, "name": "tibidabo_html_only_internal_promotion", "lang": "es",
        "company": "Galletas Tibidabo", "contact": "m.ferrer@galletastibidabo.example.es",
        "sender": ("Montserrat Ferrer", "m.ferrer@galletastibidabo.example.es"),
        "subject": "Puesto de Técnico/a de Planificación de Producción",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-08-31 09:12 +0200",
        "html": _tibidabo_html,
    },
]

