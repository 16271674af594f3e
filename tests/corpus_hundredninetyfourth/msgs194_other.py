"""Corpus 194, kind `other`: newsletters, alerts, advice, the candidate's own mail, private mail.

Hand-written. Each dict is one message; make_hundredninetyfourth.py turns it into MIME.
"""

from __future__ import annotations

import msgs194_common as C

ME = C.ME

# ---------------------------------------------------------------- texts other messages quote

WOHLGEMUTH_APPLY = """Sehr geehrte Frau Wohlgemuth,

in Ihrem Inserat auf der Website suchen Sie eine Verstärkung für die Arbeitsvorbereitung,
die Möbel und Innenausbau in CAD zeichnet und die Fertigung versteht. Ich bin seit neun
Jahren Tischler, davon vier als Geselle in einer Freiburger Möbelwerkstatt, und habe im
letzten Jahr eine Weiterbildung in AutoCAD und imos iX abgeschlossen.

Nach Wien würde ich gerne ziehen; meine Partnerin arbeitet ab Herbst dort. Meinen
Lebenslauf und drei Zeichnungsbeispiele finden Sie im Anhang.

Mit freundlichen Grüßen

""" + C.SIG_DE

WOHLGEMUTH_THANKS = """Sehr geehrte Frau Wohlgemuth,

vielen Dank für das offene Gespräch gestern und den Rundgang durch die Werkstatt in der
Kaiserstraße. Besonders die Serienfertigung der Hotelmöbel hat mich beeindruckt, und ich
könnte mir sehr gut vorstellen, dafür die Fertigungszeichnungen zu machen.

Falls Sie noch Zeichnungsbeispiele aus dem Treppenbau sehen möchten, schicke ich sie gerne.
Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Maximilian Oduya-Perrin"""

GRATTAN_THANKS = """Dear Niamh,

Thank you for arranging yesterday's interview, and please pass my thanks on to Ronan and
Sinéad as well. I enjoyed hearing about the schools programme in Tallaght, and the idea of
taking a building from survey to construction drawings is exactly what I am looking for.

I have attached the two detail sheets we discussed (eaves and window reveal in CLT).

Kind regards,
Maximilian"""

VM_ASK = """Bonjour Madame Vogt,

Merci beaucoup pour votre invitation, qui me fait très plaisir.

Le mardi 2 juin, je suis malheureusement retenu toute la journée par un examen de ma
formation AutoCAD à Fribourg. Serait-il possible de décaler l'entretien au mercredi 3 ou
au jeudi 4 juin ? Je suis disponible à partir de 9 h les deux jours.

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Maximilian Oduya-Perrin"""

RAUTENSTRAUCH_ASK = """Sehr geehrte Frau Dr. Albrecht,

herzlichen Dank für die Einladung zum Gespräch am Dienstag, den 28. April.

Leider habe ich genau an diesem Vormittag die praktische Abschlussprüfung meines
CAD-Lehrgangs. Wäre es möglich, das Gespräch auf den Nachmittag oder auf einen Tag in der
ersten Maiwoche zu legen? Gerne auch als Videocall, falls das für Ihr Team einfacher ist.

Mit freundlichen Grüßen
Maximilian Oduya-Perrin"""

KIEFFER_APPLY = """Monsieur Kieffer,

Votre annonce pour un dessinateur en agencement a retenu toute mon attention.

Menuisier-ébéniste de formation (Gesellenbrief obtenu à Fribourg en 2017), je travaille
depuis neuf ans en atelier, dont quatre sur des meubles sur mesure. Je termine une formation
de dessinateur DAO (AutoCAD, SketchUp, imos iX) et je cherche un poste où le dessin reste
proche de l'atelier.

Strasbourg est à une heure de chez moi et je parle français couramment (ma mère est de
Lyon). Je serais heureux de vous présenter mes plans lors d'un entretien.

Vous trouverez mon CV en pièce jointe.

Bien cordialement,

""" + C.SIG_FR

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German
    dict(
        id="o_holzjobs_alert", kind="other", scenario="jobalert_holzjobs_digest", lang="de",
        frm=("Holzjobs Südwest", "jobalert@holzjobs-suedwest.example.de"),
        frm_enc=("iso-8859-1", "Q"),
        subject="12 neue Jobs für „CAD Zeichner Holz“ rund um Freiburg",
        date="2026-01-22 06:00 +0100",
        headers=[
            ("List-Id", "Holzjobs Suedwest Jobalert <jobalert.holzjobs-suedwest.example.de>"),
            ("List-Unsubscribe", "<https://holzjobs-suedwest.example.de/alert/abmelden?u=8812>"
                                 ", <mailto:abmelden@holzjobs-suedwest.example.de?subject=8812>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        text="""Hallo Maximilian,

für Ihren Suchauftrag „CAD Zeichner Holz“ (Umkreis 40 km um Freiburg) gibt es 12 neue
Anzeigen. Die fünf besten Treffer:

* Technischer Zeichner Möbelbau (m/w/d) – Emmendingen
  https://holzjobs-suedwest.example.de/j/44120
* Arbeitsvorbereiter Innenausbau – Offenburg
  https://holzjobs-suedwest.example.de/j/44131
* Bauzeichner/in Holzrahmenbau – Lahr
  https://holzjobs-suedwest.example.de/j/44135
* CAD-Konstrukteur Treppenbau – Waldkirch
  https://holzjobs-suedwest.example.de/j/44139
* Zeichner/in Ladenbau, Teilzeit möglich – Müllheim
  https://holzjobs-suedwest.example.de/j/44142

Tipp der Woche: Eine Absage ist kein Urteil über Sie. Fragen Sie freundlich nach einem
kurzen Feedback – viele Betriebe antworten, wenn man sie darum bittet. Und wer zum
Vorstellungsgespräch eingeladen wird, sollte zwei, drei eigene Zeichnungen ausgedruckt
mitbringen.

Alle 12 Treffer: https://holzjobs-suedwest.example.de/alert/8812
Suchauftrag ändern oder abbestellen: https://holzjobs-suedwest.example.de/alert/abmelden?u=8812
""",
        charset="windows-1252", cte="quoted-printable",
        html=C.digest_shell(
            "12 neue Jobs für „CAD Zeichner Holz“",
            "<p>Ihr Suchauftrag, Umkreis 40 km um Freiburg.</p>",
            [("Technischer Zeichner Möbelbau (m/w/d)",
              "https://holzjobs-suedwest.example.de/j/44120", "Emmendingen · Vollzeit"),
             ("Arbeitsvorbereiter Innenausbau",
              "https://holzjobs-suedwest.example.de/j/44131", "Offenburg · Vollzeit"),
             ("Bauzeichner/in Holzrahmenbau",
              "https://holzjobs-suedwest.example.de/j/44135", "Lahr · Vollzeit"),
             ("CAD-Konstrukteur Treppenbau",
              "https://holzjobs-suedwest.example.de/j/44139", "Waldkirch · Vollzeit"),
             ("Zeichner/in Ladenbau",
              "https://holzjobs-suedwest.example.de/j/44142", "Müllheim · Teilzeit möglich"),
             ("Tipp der Woche: Nach der Absage nach Feedback fragen",
              "https://holzjobs-suedwest.example.de/ratgeber/feedback",
              "Und was Sie zum Vorstellungsgespräch mitbringen sollten.")],
            "Abbestellen: https://holzjobs-suedwest.example.de/alert/abmelden?u=8812"),
        html_charset="utf-8", html_cte="base64",
    ),
    dict(
        id="o_stellenregio", kind="other", scenario="newsletter_stellenregio_html", lang="de",
        frm=("StellenRegio Oberrhein", "newsletter@stellenregio.example.de"),
        subject="Karrieretag in Offenburg, Gehaltscheck Bauzeichner und 30 neue Stellen",
        date="2026-04-16 07:30 +0200",
        headers=[
            ("List-Id", "StellenRegio Newsletter <news.stellenregio.example.de>"),
            ("List-Unsubscribe", "<https://stellenregio.example.de/nl/off?id=a7c2>"),
            ("Precedence", "list"),
        ],

        html_only=True,
        html=C.digest_shell(
            "StellenRegio Oberrhein – Ihr Newsletter im April",
            "<p>Guten Morgen! Diese Woche: ein Karrieretag, ein Gehaltscheck und die "
            "Frage, warum so viele Bewerber nach dem Vorstellungsgespräch nichts mehr "
            "hören.</p>",
            [("Einladung: Karrieretag Handwerk & Planung am 9. Mai in Offenburg",
              "https://stellenregio.example.de/events/karrieretag-2026",
              "Über 40 Betriebe, Bewerbungsmappen-Check, Kurzinterviews direkt am Stand."),
             ("Gehaltscheck: Was verdienen Bauzeichner am Oberrhein?",
              "https://stellenregio.example.de/magazin/gehalt-bauzeichner",
              "Tarif, Zulagen und warum Holzbau-Erfahrung extra zählt."),
             ("Ghosting nach dem Gespräch: Wann nachfassen?",
              "https://stellenregio.example.de/magazin/nachfassen",
              "Eine Personalerin erklärt, warum Absagen manchmal Wochen dauern."),
             ("30 neue Stellen in Ihrer Region",
              "https://stellenregio.example.de/suche?q=zeichner&r=freiburg",
              "Freiburg, Lahr, Emmendingen, Breisach, Lörrach.")],
            "Sie erhalten diesen Newsletter, weil Sie sich bei StellenRegio angemeldet haben. "
            "Abmelden: https://stellenregio.example.de/nl/off?id=a7c2"),
        html_cte="base64",
    ),
    dict(
        id="o_meisterforum", kind="other", scenario="newsletter_meisterforum_latin1",
        lang="de",
        frm=("Meisterforum Holz e.V.", "rundbrief@meisterforum-holz.example.de"),
        subject="Rundbrief Juni: Umschulung, Bewerbungscoaching, Sommerfest",
        date="2026-06-05 17:15 +0200",
        headers=[
            ("List-Id", "Rundbrief Meisterforum Holz <rundbrief.meisterforum-holz.example.de>"),
            ("List-Unsubscribe", "<mailto:rundbrief-leave@meisterforum-holz.example.de>"),
            ("List-Post", "NO"),
        ],
        charset="iso-8859-1", cte="quoted-printable",
        text="""Liebe Mitglieder,

der Sommer kommt, und mit ihm unser Rundbrief. Die Themen diesmal:

1) Vom Hobel an den Bildschirm
Immer mehr Gesellinnen und Gesellen wechseln in die Arbeitsvorbereitung. Unser Mitglied
Karin Ebner erzählt, wie sie nach elf Absagen doch noch eine Stelle als CAD-Zeichnerin
gefunden hat, und was sie beim zwölften Vorstellungsgespräch anders gemacht hat.

2) Bewerbungscoaching am 20. Juni
Wir üben Gespräche mit echten Personalern aus dem Holzbau. Anmeldung bis 15. Juni an
die Geschäftsstelle. Die Teilnahme ist für Mitglieder kostenlos.

3) Sommerfest am 11. Juli in der Werkhalle Haslach
Bitte bringt Salate mit, für Grillgut und Getränke sorgt der Vorstand.

Mit kollegialen Grüßen
Der Vorstand des Meisterforum Holz e.V.
Haslacher Straße 88, 79115 Freiburg

Sie erhalten diesen Rundbrief als Mitglied. Abmeldung per Mail an
rundbrief-leave@meisterforum-holz.example.de
""",
    ),
    dict(
        id="o_karrierekompass", kind="other", scenario="advice_article_after_absage",
        lang="de",
        frm=("Karrierekompass Magazin", "redaktion@karrierekompass.example.de"),
        subject="Absage erhalten – und jetzt? Sieben Schritte für die nächste Bewerbung",
        date="2026-02-27 12:00 +0100",
        headers=[
            ("List-Id", "Karrierekompass Wochenlektuere <woche.karrierekompass.example.de>"),
            ("List-Unsubscribe", "<https://karrierekompass.example.de/abo/kuendigen?k=55>"),
        ],
        text="""Karrierekompass – die Wochenlektüre

ABSAGE ERHALTEN – UND JETZT?

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz tut im Berufsleben so weh. Dabei
sagt eine Absage oft weniger über Sie aus als über die Zahl der Bewerbungen auf dem Tisch.
Unsere sieben Schritte:

1. Atmen. Antworten Sie nicht am selben Abend.
2. Bedanken Sie sich kurz und fragen Sie nach Feedback.
3. Prüfen Sie, ob die Stelle wirklich zu Ihrem Profil passte.
4. Notieren Sie, was im Vorstellungsgespräch gut lief.
5. Halten Sie Kontakt: Viele Stellen werden ein zweites Mal frei.
6. Lassen Sie Ihre Unterlagen gegenlesen.
7. Bewerben Sie sich weiter, mindestens zwei Mal pro Woche.

Weiterlesen: https://karrierekompass.example.de/artikel/absage-und-jetzt

Nächste Woche: Quereinstieg ins technische Zeichnen – lohnt sich die Weiterbildung?

Abo verwalten: https://karrierekompass.example.de/abo/kuendigen?k=55
""",
        layout=("card", "Karrierekompass", "#c0392b",
               "Karrierekompass Magazin, Hamburg. Abo verwalten im Leserkonto."),
    ),
    dict(
        id="o_bauzeichnerblog", kind="other", scenario="advice_article_interview_prep",
        lang="de",
        frm=("bauzeichner-blog.example.de", "feed@bauzeichner-blog.example.de"),
        subject="Neuer Beitrag: Das Vorstellungsgespräch als Bauzeichner – 10 typische Fragen",
        date="2026-05-27 05:02 +0200",
        headers=[
            ("List-Id", "bauzeichner-blog Beitraege <beitraege.bauzeichner-blog.example.de>"),
            ("List-Unsubscribe", "<https://bauzeichner-blog.example.de/feed/abmelden>"),
            ("Auto-Submitted", "auto-generated"),
        ],
        text="""Neuer Beitrag im bauzeichner-blog

Das Vorstellungsgespräch als Bauzeichner – 10 typische Fragen

Wer zum ersten Mal als Quereinsteiger zu einem Gespräch in ein Planungsbüro eingeladen
wird, fragt sich: Was wollen die eigentlich wissen? Wir haben zehn Büroinhaber gefragt.
Die häufigsten Fragen: Welche Maßstäbe verwenden Sie für Werkpläne? Wie gehen Sie mit
Planänderungen kurz vor der Abgabe um? Und: Warum wollen Sie die Werkstatt verlassen?

Dazu: Was tun, wenn der Termin kurzfristig verschoben wird, und wie man nach einer Absage
höflich nach den Gründen fragt.

Ganzer Beitrag: https://bauzeichner-blog.example.de/2026/05/vorstellungsgespraech-fragen

Sie erhalten diese Mail, weil Sie neue Beiträge abonniert haben.
Abmelden: https://bauzeichner-blog.example.de/feed/abmelden
""",
    ),
    dict(
        id="o_podcast", kind="other", scenario="podcast_interview_request", lang="de",
        contact="lisa@spanundpixel.example.de",
        frm=("Lisa Marquardt", "lisa@spanundpixel.example.de"),
        subject="Interview-Anfrage für den Podcast „Span & Pixel“",
        date="2026-07-09 21:14 +0200",
        text="""Hallo Maximilian,

ich bin Lisa, Schreinermeisterin und seit zwei Jahren Host des Podcasts „Span & Pixel“, in
dem es um Handwerk und digitale Planung geht. Dein Beitrag im Forum des Meisterforums über
den Umstieg von der Werkbank ans CAD hat mir total gefallen.

Hättest du Lust, für eine Folge interviewt zu werden? Wir nehmen meistens abends per Video
auf, etwa 45 Minuten, das Gespräch wird danach geschnitten. Ein Honorar gibt es leider
nicht, dafür einen Link auf dein Portfolio in den Shownotes.

Wenn du Interesse hast, schlag mir einfach zwei, drei Termine im August vor.

Liebe Grüße
Lisa

--
Span & Pixel – der Podcast für Holz und Planung
https://spanundpixel.example.de
""",
    ),
    dict(
        id="o_planmappe_research", kind="other", scenario="user_research_interview_ics",
        lang="de", contact="ole.brandt@planmappe.example.de",
        frm=("Ole Brandt | Planmappe UX Research", "ole.brandt@planmappe.example.de"),
        subject="Einladung: 45 Minuten Nutzer-Interview zur Planmappe-App (50 € Gutschein)",
        date="2026-03-18 10:22 +0100",
        text="""Hallo Herr Oduya-Perrin,

Sie nutzen die Planmappe-App seit Januar zum Verwalten Ihrer Zeichnungen – danke dafür!

Wir möchten die App für Handwerksbetriebe verbessern und laden Sie zu einem Nutzer-Interview
ein: 45 Minuten per Videocall, in denen Sie uns zeigen, wie Sie mit Plänen arbeiten. Es
gibt keine richtigen oder falschen Antworten, wir testen die App, nicht Sie.

Als Dankeschön erhalten Sie einen Gutschein über 50 Euro.

Ich habe Ihnen einen Termin am Mittwoch, 25. März, 16:00 Uhr eingetragen. Passt das
nicht, antworten Sie einfach auf diese Mail.

Viele Grüße
Ole Brandt
UX Research, Planmappe
Planmappe GmbH · Schönberger Weg 3 · 60488 Frankfurt am Main
""",
        ics=dict(method="REQUEST", uid="ux-2026-0325-oduya@planmappe.example.de",
                 start="2026-03-25 16:00", end="2026-03-25 16:45", tz="Europe/Berlin",
                 summary="Planmappe Nutzer-Interview",
                 location="https://meet.planmappe.example.de/ux-oduya",
                 organizer=("Ole Brandt", "ole.brandt@planmappe.example.de"),
                 description="45 Minuten Nutzer-Interview. Danke fürs Mitmachen!"),
    ),
    dict(
        id="o_velotrack", kind="other", scenario="bike_tracker_position", lang="de",
        frm=("VeloTrack", "noreply@velotrack.example.de"),
        subject="Neue Position Ihres Fahrrads „Gazelle grau“",
        date="2026-08-08 23:41 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Maximilian,

Ihr Tracker hat eine Bewegung gemeldet, während der Alarmmodus aktiv war.

Letzte bekannte Position: Wiehre, Freiburg im Breisgau (Genauigkeit ca. 12 m)
Zeit: 08.08.2026, 23:38 Uhr
Akku des Trackers: 34 %

Leider konnten wir seitdem keine neue Position empfangen. Öffnen Sie die App, um den
Verlauf zu sehen oder den Alarm zu deaktivieren.

Ihr VeloTrack-Team

Dies ist eine automatische Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.
""",
        layout=("card", "VeloTrack", "#16a085"),
    ),
    dict(
        id="o_paketblitz", kind="other", scenario="parcel_delayed_leider", lang="de",
        frm=("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
        subject="Ihre Sendung 00340 4471 2290 verzögert sich leider",
        date="2026-05-20 14:05 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="windows-1252", cte="quoted-printable",
        text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 (Absender:
Werkzeughandel Staudinger). Grund: Witterungsbedingte Verspätung im Verteilzentrum
Malsch.

Neuer voraussichtlicher Zustelltermin: Freitag, 22.05.2026, zwischen 10 und 14 Uhr.

Sie möchten den Termin ändern oder eine Ablagestelle angeben? Das geht hier:
https://paketblitz.example.de/s/0034044712290

Wir bitten die Unannehmlichkeiten zu entschuldigen.
Ihr Paketblitz-Team – Nachnahmegebühr 0,00 €
""",
    ),
    dict(
        id="o_friend_jonas", kind="other", scenario="friend_tells_own_absage", lang="de",
        contact="jonas.riedlinger@posteo.example.de",
        frm=("Jonas Riedlinger", "jonas.riedlinger@posteo.example.de"),
        subject="na, wie läufts bei dir?",
        date="2026-03-14 22:48 +0100",
        text="""Hey Max,

kurzes Lebenszeichen aus Lahr. Die Stadt hat mir heute abgesagt, die Stelle im Bauamt
kriegt ein interner Kollege. Nach zwei Gesprächen und einem Probetag ist das echt bitter,
ich hatte mir schon ausgerechnet, wie ich mit dem Rad hinfahre.

Egal, weiter gehts. Wie sieht's bei dir aus? Hast du von der Schreinerei Brombach was
gehört? Du warst doch da zum Vorstellungsgespräch, oder?

Lass uns mal wieder ein Bier trinken, Samstag im Grünhof?

Jonas
""",
    ),
    dict(
        id="brombach_thanks", kind="other", scenario="own_thankyou_brombach", lang="de",
        frm=ME, to=[("Ursula Brombach", "u.brombach@brombach-moebel.example.de")],
        subject="Danke für das Gespräch und den Werkstattrundgang",
        date="2026-02-25 08:12 +0100",
        reply_of="brombach_move",
        headers=[("User-Agent", "Mozilla Thunderbird")],
        text="""Sehr geehrte Frau Brombach,

haben Sie herzlichen Dank für das Gespräch gestern und die Zeit, die sich Herr Kaltenbach
für den Rundgang genommen hat. Die Probezeichnung vom Sideboard hat mir Spaß gemacht, und
ich habe verstanden, warum bei Ihnen jeder Plan zuerst durch die Werkstatt geht.

Ich würde sehr gerne bei Ihnen anfangen und freue mich auf Ihre Nachricht.

Mit freundlichen Grüßen
""" + C.SIG_DE,
    ),
    dict(
        id="hardtwald_apply", kind="other", scenario="own_application_hardtwald_pdf",
        lang="de", frm=ME,
        to=[("Kreisbauamt Hardtwald Personalstelle",
             "personalstelle@kreisbauamt-hardtwald.example.de")],
        subject="Bewerbung Kennziffer BZ-2026-07, Bauzeichner (m/w/d)",
        date="2026-02-23 19:40 +0100",
        text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die Stelle als Bauzeichner (m/w/d) mit der Kennziffer
BZ-2026-07.

Ich bin gelernter Tischler und schließe im April eine berufsbegleitende Weiterbildung
zum CAD-Fachzeichner ab. Besonders reizt mich an Ihrer Ausschreibung die Bestandsaufnahme
kreiseigener Schulgebäude, weil ich Aufmaß und Bestandspläne aus der Werkstatt kenne.

Lebenslauf, Zeugnisse und Zertifikat finden Sie im Anhang als eine PDF-Datei. Über eine
Einladung zu einem Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
""" + C.SIG_DE,
        attach=[dict(pdf="Oduya-Perrin_Bewerbung_BZ-2026-07.pdf",
                     title="Bewerbungsunterlagen Maximilian Oduya-Perrin",
                     lines=["Maximilian Oduya-Perrin", "Bewerbungsunterlagen BZ-2026-07",
                            "", "Lebenslauf", "2014-2017 Ausbildung zum Tischler, Freiburg",
                            "2017-2026 Geselle in Möbel- und Innenausbauwerkstätten",
                            "2025-2026 Weiterbildung CAD-Fachzeichner (AutoCAD, Revit)"])],
    ),
    dict(
        id="rautenstrauch_ask", kind="other", scenario="own_reschedule_request_rautenstrauch",
        lang="de", frm=ME,
        to=[("Dr. Hanna Albrecht", "h.albrecht@rautenstrauch-ing.example.de")],
        subject="AW: Einladung zum Vorstellungsgespräch – Bauzeichner Tragwerksplanung",
        date="2026-04-21 07:55 +0200",
        reply_of="rautenstrauch_invite",
        text=RAUTENSTRAUCH_ASK,
    ),
    dict(
        id="wohlgemuth_apply", kind="other", scenario="own_application_wohlgemuth_vienna",
        lang="de", frm=ME,
        to=[("Tischlerei Wohlgemuth", "office@wohlgemuth-tischlerei.example.at")],
        subject="Bewerbung als CAD-Zeichner für die Arbeitsvorbereitung",
        date="2026-01-26 20:31 +0100",
        charset="iso-8859-1", cte="8bit",
        text=WOHLGEMUTH_APPLY,
    ),
    dict(
        id="wohlgemuth_thanks", kind="other", scenario="own_thankyou_wohlgemuth", lang="de",
        frm=ME, to=[("Ingrid Wohlgemuth", "i.wohlgemuth@wohlgemuth-tischlerei.example.at")],
        subject="Danke für das Gespräch am Mittwoch",
        date="2026-02-12 08:05 +0100",
        text=WOHLGEMUTH_THANKS,
    ),
    dict(
        id="technika_cold", kind="other", scenario="headhunter_cold_approach_technika",
        lang="de", contact="f.baeuerle@technika-recruiting.example.de",
        frm=("Florian Bäuerle", "f.baeuerle@technika-recruiting.example.de"),
        frm_enc=("utf-8", "B"),
        subject="Ihr Profil – Planung im Holz- und Möbelbau",
        date="2026-05-04 09:37 +0200",
        text="""Guten Morgen Herr Oduya-Perrin,

ich bin über Ihr Profil auf dem Berufsnetz auf Sie aufmerksam geworden. Die Kombination
aus neun Jahren Werkstatt und frischer CAD-Weiterbildung ist genau das, wonach mehrere
meiner Kunden im Raum Stuttgart und Heilbronn fragen.

Konkret habe ich gerade kein Mandat, das ich Ihnen vorstellen kann, würde Sie aber gern in
meine Kandidatenliste aufnehmen. Wenn Sie einverstanden sind, schicken Sie mir Ihren
aktuellen Lebenslauf und sagen Sie mir, welche Gehaltsvorstellung Sie haben und ab wann
Sie verfügbar wären.

Beste Grüße
Florian Bäuerle
Technika Recruiting | Executive Search Bau & Holz
Königstraße 26, 70173 Stuttgart | +49 711 555 9021
""",
        layout=("plain",),
    ),
    dict(
        id="o_dreisambank", kind="other", scenario="bank_beratungstermin_position", lang="de",
        frm=("Dreisam Bank eG", "service@dreisambank.example.de"),
        reply_to=("Katrin Selb", "katrin.selb@dreisambank.example.de"),
        contact="katrin.selb@dreisambank.example.de",
        subject="Ihr Beratungstermin am 23.06. und Ihre Depotpositionen",
        date="2026-06-16 11:05 +0200",
        text="""Sehr geehrter Herr Oduya-Perrin,

hiermit bestätige ich Ihren Beratungstermin am Dienstag, 23.06.2026, um 17:30 Uhr in
unserer Filiale Wiehre, Urachstraße 2.

Wie besprochen schauen wir uns Ihre beiden Depotpositionen an und sprechen über die
Absicherung, falls Sie Ihre Stelle wechseln. Bitte bringen Sie Ihren letzten
Gehaltsnachweis mit.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis zum Vortag ab.

Freundliche Grüße
Katrin Selb
Privatkundenberaterin
Dreisam Bank eG · Urachstraße 2 · 79102 Freiburg · Tel. 0761 555 7713

Die Dreisam Bank eG ist Mitglied der Sicherungseinrichtung ihres Verbands.
""",
        layout=("word",),
        ics=dict(method="REQUEST", uid="beratung-20260623-1730@dreisambank.example.de",
                 start="2026-06-23 17:30", end="2026-06-23 18:30", tz="Europe/Berlin",
                 summary="Beratungstermin Dreisam Bank",
                 location="Filiale Wiehre, Urachstraße 2, Freiburg",
                 organizer=("Katrin Selb", "katrin.selb@dreisambank.example.de")),
    ),
    dict(
        id="o_hausverwaltung", kind="other", scenario="landlord_viewing_cancelled",
        lang="de", contact="wetzel@hv-kronenberg.example.de",
        frm=("Hausverwaltung Kronenberg - Tobias Wetzel", "wetzel@hv-kronenberg.example.de"),
        subject="Besichtigungstermin Wohnung Lorettostraße 17 entfällt",
        date="2026-09-11 16:20 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrter Herr Oduya-Perrin,

den Besichtigungstermin für die 3-Zimmer-Wohnung in der Lorettostraße 17 am Montag,
14.09., 18 Uhr, muss ich leider absagen. Der Eigentümer hat sich entschieden, die Wohnung
an einen Verwandten zu vermieten.

Ihre Bewerbung für die Wohnung ist damit leider hinfällig. Gerne nehme ich Sie in die
Interessentenliste für die Wohnungen in der Merzhauser Straße auf, die im Winter frei
werden.

Mit freundlichen Grüßen
Tobias Wetzel
Hausverwaltung Kronenberg
Basler Straße 61, 79100 Freiburg
Tel. 0761 555 3398
""",
    ),
    dict(
        id="o_praxis", kind="other", scenario="doctor_appointment_moved", lang="de",
        frm=("Praxis Dr. med. Sommerhalder", "noreply@praxistermin.example.de"),
        subject="Terminänderung: Ihr Termin bei Dr. Sommerhalder wurde verschoben",
        date="2026-10-09 07:48 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Maximilian Oduya-Perrin,

Ihr Termin in der Hausarztpraxis Dr. med. Sommerhalder am 14.10.2026 um 08:40 Uhr wurde
von der Praxis verschoben.

Neuer Termin: Donnerstag, 15.10.2026, 11:20 Uhr
Grund: Die Praxis ist am 14.10. wegen einer Fortbildung geschlossen.

Passt Ihnen der neue Termin nicht, können Sie ihn in der App absagen oder einen anderen
wählen: https://praxistermin.example.de/t/8F2K91

Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen erreichen Sie die Praxis telefonisch
unter 0761 555 2044.
""",
        layout=("card", "Praxistermin", "#2980b9"),
        cte="base64", html_cte="base64",
    ),
    dict(
        id="o_ooo_brunner", kind="other", scenario="out_of_office_fertigwerk", lang="de",
        contact="lea.brunner@fertigwerk.example.de",
        frm=("Lea Brunner", "lea.brunner@fertigwerk.example.de"),
        subject="Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung (Bauzeichner/in Holzfertigbau)",
        date="2026-02-16 09:01 +0100",
        reply_of="ext:example.de",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. Februar nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@fertigwerk.example.de
oder telefonisch an 0721 555 6600.

Freundliche Grüße
Lea Brunner
FertigWerk Baden GmbH
""",
    ),
    dict(
        id="o_ooo_hrdlicka", kind="other", scenario="out_of_office_vienna_agency", lang="de",
        contact="hrdlicka@wiener-personalpartner.example.at",
        frm=("Mag. Sabine Hrdlicka", "hrdlicka@wiener-personalpartner.example.at"),
        subject="Automatische Antwort: Rückruf wegen Telefontermin",
        date="2026-09-14 12:10 +0200",
        reply_of="ext:example.de",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, OOF"),
                 ("Precedence", "auto_reply")],
        text="""Danke für Ihre E-Mail.

Ich bin bis Freitag, 18. September, auf Urlaub. Ab Montag bin ich wieder erreichbar und
melde mich dann bei Ihnen. In dringenden Fällen erreichen Sie meine Kollegin Mag. Eva
Brandstätter unter brandstaetter@wiener-personalpartner.example.at.

Beste Grüße
Sabine Hrdlicka
""",
        layout=("word",),
    ),
    dict(
        id="o_berufsnetz_views", kind="other", scenario="network_profile_views", lang="de",
        frm=("Berufsnetz", "benachrichtigungen@berufsnetz.example.de"),
        subject="Maximilian, Sie wurden diese Woche in 7 Suchen gefunden",
        date="2026-07-27 08:30 +0200",
        headers=[
            ("List-Unsubscribe", "<https://berufsnetz.example.de/einstellungen/mail?t=views>"),
            ("Auto-Submitted", "auto-generated"),
        ],
        text="""Ihre Woche auf Berufsnetz

Sie wurden in 7 Suchen gefunden.
Gesucht haben unter anderem: Personalberater, Inhaber von Planungsbüros, eine Recruiterin
aus dem Bereich Fertighausbau.

3 Personen haben Ihr Profil angesehen, darunter jemand von Technika Recruiting.

Tipp: Profile mit Arbeitsproben werden dreimal häufiger zu Gesprächen eingeladen. Laden Sie
Zeichnungen als Projekt hoch: https://berufsnetz.example.de/profil/projekte

Benachrichtigungen verwalten: https://berufsnetz.example.de/einstellungen/mail?t=views
""",
        layout=("card", "Berufsnetz", "#0a66c2"),
    ),
    dict(
        id="o_berufsnetz_jobs", kind="other", scenario="network_job_recommendations",
        lang="de",
        frm=("Berufsnetz Jobs", "jobs-noreply@berufsnetz.example.de"),
        subject="Neue Jobs für Sie: Technischer Zeichner, Arbeitsvorbereitung, CAD-Konstrukteur",
        date="2026-10-02 18:00 +0200",
        headers=[
            ("List-Unsubscribe", "<https://berufsnetz.example.de/einstellungen/mail?t=jobs>"),
        ],
        html_only=True,
        html=C.digest_shell(
            "Jobs, die zu Ihnen passen könnten",
            "<p>Basierend auf Ihrem Profil und Ihren letzten Bewerbungen. Anja Körner hat "
            "außerdem Ihren Beitrag „Vom Hobel ans CAD“ kommentiert.</p>",
            [("Technischer Zeichner (m/w/d) Möbelindustrie – Herbolzheim",
              "https://berufsnetz.example.de/jobs/881204", "Schnellbewerbung möglich"),
             ("Arbeitsvorbereitung Innenausbau – Basel",
              "https://berufsnetz.example.de/jobs/881377", "12 Bewerbungen bisher"),
             ("CAD-Konstrukteur Holzbau – Rastatt",
              "https://berufsnetz.example.de/jobs/881420", "Vor 2 Tagen veröffentlicht")],
            "Diese Benachrichtigung abbestellen: "
            "https://berufsnetz.example.de/einstellungen/mail?t=jobs"),
    ),
    dict(
        id="o_fachschule", kind="other", scenario="course_admission_refused_cp1252",
        lang="de", contact="sekretariat@fachschule-holztechnik.example.de",
        frm=("Fachschule für Holztechnik Sekretariat",
             "sekretariat@fachschule-holztechnik.example.de"),
        subject="Ihre Bewerbung um Aufnahme in die Fachschule (Techniker Holztechnik)",
        date="2026-07-15 10:40 +0200",
        charset="windows-1252", cte="8bit",
        text="""Sehr geehrter Herr Oduya-Perrin,

vielen Dank für Ihre Bewerbung um einen Platz im zweijährigen Vollzeitlehrgang
„Staatlich geprüfter Techniker – Fachrichtung Holztechnik“ ab September 2026.

Leider können wir Ihnen keinen Schulplatz anbieten. Die Zahl der Bewerbungen übersteigt die
24 verfügbaren Plätze deutlich; vergeben wurde nach der Note der Gesellenprüfung und der
Dauer der Berufserfahrung. Sie stehen auf Platz 9 der Warteliste. Sollte ein Platz frei
werden, melden wir uns bis spätestens 4. September.

Mit freundlichen Grüßen
i. A. Birgit Ganter
Sekretariat
Fachschule für Holztechnik – Schulgeld pro Halbjahr: 0 €
""",
    ),
    dict(
        id="o_grundschule", kind="other", scenario="school_parent_meeting", lang="de",
        contact="a.yildiz@kastanienhof-grundschule.example.de",
        frm=("Aylin Yıldız", "a.yildiz@kastanienhof-grundschule.example.de"),
        frm_enc=("utf-8", "Q"),
        to=[("Maximilian Oduya-Perrin", "maximilian.op@example.de"),
            ("Claire Perrin", "claire.perrin@mail.example.fr")],
        subject="Einladung zum Lernentwicklungsgespräch – Noah, Klasse 3b",
        date="2026-10-06 15:33 +0200",
        text="""Liebe Familie Oduya-Perrin,

wie jedes Jahr im Herbst lade ich Sie zu einem Lernentwicklungsgespräch über Noah ein.
Wir besprechen gemeinsam mit Noah, was gut läuft und was er sich für das Halbjahr vornimmt.

Vorgeschlagen habe ich Dienstag, 20. Oktober, 15:00 Uhr im Klassenzimmer der 3b. Falls der
Termin nicht passt, schreiben Sie mir bitte bis Freitag, dann finden wir einen anderen.

Herzliche Grüße
Aylin Yıldız
Klassenlehrerin 3b, Kastanienhof-Grundschule
""",
    ),
    dict(
        id="o_arbeitsvermittlung", kind="other", scenario="employment_office_counselling",
        lang="de",
        frm=("Arbeitsvermittlung Breisgau", "noreply@arbeitsvermittlung-breisgau.example.de"),
        subject="Einladung zu einem Beratungsgespräch (Ihr Zeichen 447B-2291)",
        date="2026-01-08 13:02 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrter Herr Oduya-Perrin,

bitte kommen Sie am Donnerstag, 15.01.2026, um 09:15 Uhr zu einem Beratungsgespräch über
Ihre berufliche Weiterbildung in unsere Dienststelle Freiburg, Lehener Straße 77, Zimmer 214.

Ihre Beraterin: Frau Dominique Hess
Bitte bringen Sie mit: Lebenslauf, Nachweis über den CAD-Lehrgang, Ausweis.

Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher über das
Online-Postfach mit. Auf diese E-Mail kann nicht geantwortet werden.

Mit freundlichen Grüßen
Ihre Arbeitsvermittlung Breisgau
""",
    ),
    dict(
        id="o_loeffler_forward", kind="other", scenario="former_boss_forwards_posting",
        lang="de", contact="bernd.loeffler@web.example.de",
        frm=("Bernd Löffler", "bernd.loeffler@web.example.de"),
        subject="WG: Stellenanzeige Zeichner Ladenbau – wär das was?",
        date="2026-05-06 18:27 +0200",
        text="""Servus Max,

hab das hier von meinem Schwager bekommen, der kennt den Chef. Die sind ordentlich, zahlen
über Tarif. Ich würd mich an deiner Stelle einfach mal melden.

Gruß Bernd

""" + C.forwarded(
            "de", "Ladenbau Hiltmann <jobs@ladenbau-hiltmann.example.de>",
            "Di., 5. Mai 2026 um 11:02", "Stellenanzeige Zeichner Ladenbau",
            "Verteiler Handwerkskammer",
            """Wir suchen ab sofort eine/n Zeichner/in für Ladenbau und Objekteinrichtung
(Vollzeit, Endingen am Kaiserstuhl).

Ihre Aufgaben: Werk- und Montagepläne in AutoCAD, Stücklisten, Abstimmung mit der
Werkstatt. Bewerbungen bitte bis 31. Mai an jobs@ladenbau-hiltmann.example.de.
Vorstellungsgespräche finden ab der 23. KW statt. Absagen verschicken wir an alle, die
nicht eingeladen werden."""),
    ),
    # ------------------------------------------------------------------ French
    dict(
        id="o_emploi_rhin", kind="other", scenario="alerte_emploi_rhin_sud", lang="fr",
        frm=("Emploi Rhin Sud", "alertes@emploi-rhin-sud.example.fr"),
        subject="8 nouvelles offres : dessinateur bois, Mulhouse et environs",
        date="2026-03-05 06:45 +0100",
        headers=[
            ("List-Id", "Alertes Emploi Rhin Sud <alertes.emploi-rhin-sud.example.fr>"),
            ("List-Unsubscribe", "<https://emploi-rhin-sud.example.fr/alertes/stop?c=3341>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ],
        text="""Bonjour Maximilian,

8 nouvelles offres correspondent à votre alerte « dessinateur bois » (Mulhouse, 30 km) :

- Dessinateur-projeteur charpente (H/F) – Illzach – CDI
  https://emploi-rhin-sud.example.fr/o/77120
- Technicien bureau d'études ossature bois – Altkirch – CDI
  https://emploi-rhin-sud.example.fr/o/77124
- Dessinateur agencement de magasins – Colmar – intérim 6 mois
  https://emploi-rhin-sud.example.fr/o/77131
- Métreur-dessinateur menuiserie – Saint-Louis – CDD
  https://emploi-rhin-sud.example.fr/o/77135

Conseil du mois : un refus n'est pas la fin de l'histoire. Demandez un retour après
l'entretien, et relancez poliment au bout de dix jours sans réponse.

Voir les 8 offres : https://emploi-rhin-sud.example.fr/alertes/3341
Se désabonner : https://emploi-rhin-sud.example.fr/alertes/stop?c=3341
""",
        layout=("card", "Emploi Rhin Sud", "#8e44ad",
               "Vous recevez cette alerte car vous l'avez créée sur emploi-rhin-sud."),
    ),
    dict(
        id="o_lettre_bois", kind="other", scenario="newsletter_lettre_bois_cp1252", lang="fr",
        frm=("La Lettre Bois Alsace", "lettre@bois-alsace.example.fr"),
        subject="La Lettre Bois Alsace n° 58 – mai 2026",
        date="2026-05-13 08:00 +0200",
        headers=[
            ("List-Id", "La Lettre Bois Alsace <lettre.bois-alsace.example.fr>"),
            ("List-Unsubscribe", "<mailto:desinscription@bois-alsace.example.fr>"),
            ("Precedence", "bulk"),
        ],
        html_only=True, html_charset="windows-1252",
        html_cte="quoted-printable",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,serif">
<h2>La Lettre Bois Alsace – n° 58</h2>
<p>Chers lecteurs,</p>
<p>Au sommaire ce mois-ci : la filière recrute, mais les candidats se découragent.
Selon notre enquête, un candidat sur trois reçoit un refus sans explication après
l’entretien, et près de la moitié n’ont jamais de réponse.</p>
<h3>Dossier : « Du copeau au clavier »</h3>
<p>Trois menuisiers devenus dessinateurs racontent leur reconversion, leurs entretiens
d’embauche ratés et celui qui a fini par marcher.
<a href="https://bois-alsace.example.fr/lettre/58/dossier">Lire le dossier</a></p>
<h3>Agenda</h3>
<ul>
<li>28 mai : Journée portes ouvertes au lycée du bois de Mouchard (Jura)</li>
<li>4 juin : Rencontres emploi de la construction bois, Sélestat</li>
<li>18 juin : Atelier « réussir son entretien » – places limitées, 15 €</li>
</ul>
<p style="font-size:11px">Pour ne plus recevoir cette lettre :
<a href="mailto:desinscription@bois-alsace.example.fr">désinscription</a></p>
</body></html>
""",
    ),
    dict(
        id="o_reconversion_pro", kind="other", scenario="advice_article_refus", lang="fr",
        frm=("Reconversion Pro", "newsletter@reconversion-pro.example.fr"),
        subject="Refus après un entretien : 5 façons de rebondir",
        date="2026-06-24 12:30 +0200",
        headers=[
            ("List-Id", "Reconversion Pro hebdo <hebdo.reconversion-pro.example.fr>"),
            ("List-Unsubscribe", "<https://reconversion-pro.example.fr/desabonnement?h=91c>"),
        ],
        text="""Reconversion Pro – l'hebdo

REFUS APRÈS UN ENTRETIEN : 5 FAÇONS DE REBONDIR

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. »
Quand on change de métier, cette phrase tombe souvent. Voici comment la transformer :

1. Demandez un retour précis, par téléphone plutôt que par e-mail.
2. Identifiez la compétence qui manquait (un logiciel ? une norme ?).
3. Gardez le lien : le candidat retenu quitte parfois le poste pendant la période d'essai.
4. Entraînez-vous à raconter votre reconversion en deux minutes.
5. Fixez-vous un rythme : trois candidatures ciblées par semaine.

Lire l'article complet : https://reconversion-pro.example.fr/articles/refus-rebondir

Se désabonner : https://reconversion-pro.example.fr/desabonnement?h=91c
""",
        layout=("card", "Reconversion Pro", "#d35400"),
    ),
    dict(
        id="o_echo_sundgau", kind="other", scenario="press_interview_request", lang="fr",
        contact="m.kern@echodusundgau.example.fr",
        frm=("Mathilde Kern", "m.kern@echodusundgau.example.fr"),
        subject="Demande d'interview – série « Ils ont changé de métier »",
        date="2026-04-27 11:12 +0200",
        text="""Bonjour Monsieur Oduya-Perrin,

Je suis journaliste à L'Écho du Sundgau. Pour notre série d'été « Ils ont changé de
métier », je cherche des personnes passées de l'atelier au bureau d'études. Julie
Wiederkehr, que vous avez rencontrée chez un constructeur d'Altkirch, m'a donné votre nom.

Accepteriez-vous de m'accorder une interview d'une demi-heure, par téléphone ou à
Mulhouse ? Un photographe pourrait ensuite passer pour un portrait, si vous êtes d'accord.

Je suis joignable au 03 89 55 08 17. Merci d'avance pour votre réponse.

Mathilde Kern
Journaliste – L'Écho du Sundgau
""",
    ),
    dict(
        id="o_colirhin", kind="other", scenario="colis_retarde_malheureusement", lang="fr",
        frm=("ColiRhin", "ne-pas-repondre@colirhin.example.fr"),
        subject="Votre colis est malheureusement retardé",
        subj_enc=("iso-8859-1", "B"),
        date="2026-02-04 17:22 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour,

Votre colis n° CR 5521 0874 FR (expéditeur : Librairie Technique du Rhin) a malheureusement
pris du retard à notre plate-forme de Strasbourg-Port du Rhin.

Nouvelle date de livraison estimée : vendredi 6 février 2026.

Vous pouvez suivre votre colis ou choisir un point relais ici :
https://colirhin.example.fr/suivi/CR55210874FR

Nous vous prions de nous excuser pour ce désagrément.
Le service clients ColiRhin
""",
    ),
    dict(
        id="o_amie_amelie", kind="other", scenario="friend_tells_own_refus", lang="fr",
        contact="amelie.roth@courriel.example.fr",
        frm=("Amélie Roth", "amelie.roth@courriel.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Des nouvelles de Colmar",
        date="2026-05-30 20:05 +0200",
        text="""Coucou Max,

Petite nouvelle pas très gaie : la mairie de Colmar m'a envoyé un refus pour le poste de
dessinatrice au service urbanisme. Trois entretiens, un test sur AutoCAD, et au final ils
ont pris quelqu'un qui était déjà en stage chez eux. Je suis dégoûtée.

Bon, je ne lâche rien, j'ai encore deux candidatures en cours à Sélestat.

Et toi, ça avance avec l'ébéniste de Strasbourg ? Raconte !

Bises,
Amélie
""",
        layout=("plain",),
    ),
    dict(
        id="kieffer_apply", kind="other", scenario="own_application_kieffer_pdf", lang="fr",
        frm=ME, to=[("Ébénisterie Kieffer", "atelier@kieffer-ebenisterie.example.fr")],
        to_enc=("utf-8", "Q"),
        subject="Candidature – dessinateur en agencement (annonce du 2 avril)",
        date="2026-04-06 21:10 +0200",
        text=KIEFFER_APPLY,
        attach=[dict(pdf="CV_Maximilian_Oduya-Perrin_FR.pdf", title="CV Maximilian Oduya-Perrin",
                     lines=["Maximilian Oduya-Perrin", "Menuisier - dessinateur DAO",
                            "", "Expérience : 9 ans en atelier de menuiserie et d'agencement",
                            "Logiciels : AutoCAD, SketchUp, imos iX",
                            "Langues : allemand, français, anglais"])],
    ),
    dict(
        id="vm_ask", kind="other", scenario="own_reschedule_request_vogt_muller", lang="fr",
        frm=ME, to=[("Claire Vogt", "claire.vogt@vogt-muller.example.fr")],
        subject="Re: Invitation à un entretien – Dessinateur-projeteur (H/F)",
        date="2026-05-27 07:40 +0200",
        reply_of="vm_invite",
        text=VM_ASK,
    ),
    dict(
        id="mos_thanks", kind="other", scenario="own_thankyou_after_trial_day", lang="fr",
        frm=ME, to=[("Julie Wiederkehr", "julie.wiederkehr@mos-sundgau.example.fr")],
        subject="Merci pour la journée d'essai à Altkirch",
        date="2026-03-11 18:02 +0100",
        charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Madame Wiederkehr,

Je tenais à vous remercier, vous et toute l'équipe du bureau technique, pour l'accueil
d'hier. La journée d'essai m'a confirmé que la conception de maisons à ossature bois est
exactement ce que je veux faire : comprendre le mur avant de le dessiner.

Je reste à votre disposition si vous souhaitez voir d'autres plans ou échanger encore.

Bien cordialement,
Maximilian Oduya-Perrin
""",
    ),
    dict(
        id="hauterive_cold", kind="other", scenario="headhunter_cold_approach_hauterive",
        lang="fr", contact="a.devautrin@hauterive-conseil.example.fr",
        frm=("Arnaud de Vautrin", "a.devautrin@hauterive-conseil.example.fr"),
        subject="Échange confidentiel – parcours bois et conception",
        date="2026-09-02 08:50 +0200",
        text="""Bonjour Maximilian,

Je dirige le pôle bois et bâtiment d'Hauterive Conseil, cabinet de recrutement par approche
directe basé à Strasbourg. Votre parcours, de l'établi à la DAO, m'a interpellé.

Je n'ai pas de mission précise à vous proposer aujourd'hui, mais plusieurs de nos clients,
entre Strasbourg et Bâle, cherchent ce double profil. Seriez-vous ouvert à un premier
échange informel de vingt minutes dans les prochaines semaines ? Je vous laisse me proposer
un créneau qui vous convient.

Bien à vous,
Arnaud de Vautrin
Associé – Hauterive Conseil
+33 3 88 55 71 09
""",
        layout=("word",),
    ),
    dict(
        id="o_ifa_positionnement", kind="other", scenario="language_school_placement_interview",
        lang="fr", contact="b.lambert@ifa-fribourg.example.de",
        frm=("Bérénice Lambert - Institut franco-allemand", "b.lambert@ifa-fribourg.example.de"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Votre entretien de positionnement – cours de français professionnel",
        date="2026-01-15 14:25 +0100",
        text="""Bonjour Monsieur Oduya-Perrin,

Merci pour votre inscription au cours « Français professionnel – bâtiment et artisanat »
qui commence le 2 février.

Avant le début du cours, nous faisons avec chaque participant un court entretien de
positionnement (20 minutes) pour évaluer votre niveau à l'oral. Je vous propose le mardi
27 janvier à 18 h 15, salle 3, ou par téléphone si vous préférez.

Ce n'est pas un examen : il s'agit seulement de vous placer dans le bon groupe.

Cordialement,
Bérénice Lambert
Coordination pédagogique
Institut franco-allemand de Fribourg
""",
    ),
    dict(
        id="o_ooo_benali", kind="other", scenario="out_of_office_agency_fr", lang="fr",
        contact="n.benali@ait-interim.example.fr",
        frm=("Nadia Benali", "n.benali@ait-interim.example.fr"),
        subject="Réponse automatique : Absente jusqu'au 2 mars",
        date="2026-02-20 10:14 +0100",
        reply_of="ext:example.de",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absente jusqu'au lundi 2 mars inclus, sans accès à mes e-mails.

Pour toute demande concernant une mission en cours ou un entretien client, merci de
contacter l'agence au 03 88 55 60 40 ou agence.strasbourg@ait-interim.example.fr.

Cordialement,
Nadia Benali
Alsace Intérim Technique
""",
    ),
    dict(
        id="o_campus_bois", kind="other", scenario="training_admission_refused_fr", lang="fr",
        contact="admissions@campus-bois-mulhouse.example.fr",
        frm=("Campus des Métiers du Bois - Admissions",
             "admissions@campus-bois-mulhouse.example.fr"),
        subject="Résultat de votre candidature – formation Dessinateur en construction bois",
        date="2026-07-02 16:00 +0200",
        charset="iso-8859-1", cte="8bit",
        text="""Monsieur,

La commission d'admission s'est réunie le 30 juin pour examiner les dossiers de
candidature à la formation certifiante « Dessinateur en construction bois » (session
d'octobre 2026).

Nous avons le regret de vous informer que votre dossier n'a pas été retenu pour cette
session : la formation est réservée en priorité aux demandeurs d'emploi inscrits en France.
Vous pouvez présenter une nouvelle candidature pour la session de mars 2027.

Le service des admissions reste à votre disposition pour toute question.

Campus des Métiers du Bois
Service des admissions
12 rue de l'Ingénieur, 68200 Mulhouse
""",
    ),
    dict(
        id="o_banque_rhenane", kind="other", scenario="bank_advisor_meeting_fr", lang="fr",
        frm=("Banque Rhénane", "ne-pas-repondre@banque-rhenane.example.fr"),
        subject="Confirmation de votre rendez-vous du 12 juin avec votre conseiller",
        date="2026-06-08 09:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html_only=True,
        html=C.card_shell(
            "Banque Rhénane", "#1f3a60",
            "<p>Bonjour Monsieur Oduya-Perrin,</p>\n"
            "<p>Votre rendez-vous avec votre conseiller, M. Hervé Kuntz, est confirmé :</p>\n"
            "<p><b>vendredi 12 juin 2026 à 11 h 00</b><br>Agence de Saint-Louis, "
            "4 rue de Huningue</p>\n"
            "<p>Objet : ouverture d'un compte en France et position de vos avoirs avant "
            "votre éventuelle prise de poste en Alsace.</p>\n"
            "<p>Pour annuler ou déplacer ce rendez-vous, rendez-vous dans votre espace "
            "client.</p>\n<p>À bientôt,<br>Banque Rhénane</p>",
            "Ce message est envoyé automatiquement, merci de ne pas y répondre."),
    ),
    # ------------------------------------------------------------------ English
    dict(
        id="o_buildjobs", kind="other", scenario="jobalert_buildjobs_ireland", lang="en",
        frm=("BuildJobs Ireland", "alerts@buildjobs.example.ie"),
        subject="Your weekly job alert: 9 new Architectural Technician roles in Dublin",
        date="2026-03-26 07:00 +0000",
        headers=[
            ("List-Id", "BuildJobs weekly alerts <weekly.buildjobs.example.ie>"),
            ("List-Unsubscribe", "<https://buildjobs.example.ie/alerts/unsubscribe?a=2219>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        text="""Hi Maximilian,

9 new jobs match your alert "Architectural Technician / CAD – Dublin":

- Architectural Technician – Sandyford – permanent
  https://buildjobs.example.ie/job/30411
- Revit Technician, modular housing – Naas – permanent
  https://buildjobs.example.ie/job/30417
- Joinery Draughtsperson – Ballymount – contract
  https://buildjobs.example.ie/job/30425

Career corner: Had an interview but heard nothing back? Most hiring managers are fine
with one polite follow-up after a week. And if it's a rejection, ask what would have made
the difference.

See all 9 jobs: https://buildjobs.example.ie/alerts/2219
Unsubscribe: https://buildjobs.example.ie/alerts/unsubscribe?a=2219
""",
        layout=("card", "BuildJobs Ireland", "#27ae60"),
    ),
    dict(
        id="o_drafting_room", kind="other", scenario="advice_article_rejection_en", lang="en",
        frm=("The Drafting Room", "hello@thedraftingroom.example.com"),
        subject="How to answer a rejection email (and when to ask for feedback)",
        date="2026-08-19 14:00 +0100",
        headers=[
            ("List-Id", "The Drafting Room <letters.thedraftingroom.example.com>"),
            ("List-Unsubscribe", "<https://thedraftingroom.example.com/unsub?r=7d1>"),
        ],
        text="""THE DRAFTING ROOM – issue 112

How to answer a rejection email

"Unfortunately, we have decided not to move forward with your application." You've read
it, you've sighed, now what? Three short rules from hiring managers in architecture firms:

1. Reply within two days, and keep it to four sentences.
2. Ask one concrete question: "What would have made my portfolio stronger?"
3. Don't argue. The decision is made; you're building a relationship for the next role.

Also this week: the panel interview – who's who around the table, and why the quiet
engineer matters most.

Read online: https://thedraftingroom.example.com/112
Unsubscribe: https://thedraftingroom.example.com/unsub?r=7d1
""",
    ),
    dict(
        id="o_draftdesk_research", kind="other", scenario="user_research_interview_en",
        lang="en", contact="hannah.okoye@draftdesk.example.com",
        frm=("Hannah Okoye", "hannah.okoye@draftdesk.example.com"),
        subject="Quick research interview about how you draw? (€40 voucher)",
        date="2026-06-30 16:45 +0100",
        text="""Hi Maximilian,

I'm a product researcher at DraftDesk. You signed up for our beta last month, and we'd
love to interview you about how you move from a hand sketch to a finished CAD drawing.

It's a relaxed 40-minute video call – we want to learn from you, not assess you. As a
thank-you we'll send a €40 voucher.

If you're up for it, pick any slot that suits you here:
https://draftdesk.example.com/research/book?p=mop

Thanks so much,
Hannah

Hannah Okoye | User Research, DraftDesk
""",
        layout=("plain",),
    ),
    dict(
        id="grattan_thanks", kind="other", scenario="own_thankyou_grattan_lowe", lang="en",
        frm=ME, to=[("Niamh Carberry", "niamh.carberry@grattanlowe.example.ie")],
        subject="Thank you – Architectural Technician interview",
        date="2026-03-20 19:02 +0100",
        text=GRATTAN_THANKS,
        attach=[dict(pdf="Details_eaves_reveal_CLT.pdf", title="CLT details",
                     lines=["Detail 1: eaves, CLT roof panel on CLT wall, 1:5",
                            "Detail 2: window reveal with timber cladding, 1:5",
                            "Drawn by M. Oduya-Perrin, March 2026"])],
    ),
    dict(
        id="pale_cold", kind="other", scenario="recruiter_cold_approach_dublin", lang="en",
        contact="aoife@palerecruitment.example.ie",
        frm=("Aoife Brennan", "aoife@palerecruitment.example.ie"),
        subject="Joinery + CAD background – open to a chat about Ireland?",
        date="2026-08-04 10:03 +0100",
        text="""Hi Maximilian,

I came across your profile while searching for draughtspeople with a real workshop
background – it's rare, and the modular builders I work with around Dublin value it a lot.

No specific role to pitch yet, I'd just like to understand what you're after: permanent
or contract, salary range, and whether you'd relocate to Ireland or want hybrid.

Happy to do a quick call whenever suits.

Best,
Aoife

Aoife Brennan | Senior Consultant – Construction & Design
Pale Recruitment | 3rd Floor, 22 Harcourt Street, Dublin 2
+353 87 555 3321
""",
    ),
    dict(
        id="ferriter_ooo", kind="other", scenario="out_of_office_en", lang="en",
        contact="ciaran.moloney@ferritermodular.example.ie",
        frm=("Ciarán Moloney", "ciaran.moloney@ferritermodular.example.ie"),
        frm_enc=("iso-8859-1", "B"),
        subject="Automatic reply: Availability for the panel interview",
        date="2026-05-20 13:31 +0100",
        reply_of="ext:example.de",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thanks for your email. I'm out of the office until Tuesday 26 May with limited
access to email. For anything urgent relating to recruitment, please contact
people@ferritermodular.example.ie.

Ciarán
""",
    ),
    dict(
        id="o_prolink", kind="other", scenario="network_notifications_en", lang="en",
        frm=("ProLink", "notifications@prolink.example.com"),
        subject="You appeared in 12 searches this week",
        date="2026-09-28 09:00 +0100",
        headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/email?n=search>")],
        text="""Maximilian, you appeared in 12 searches this week.

People who searched for you work at: a modular housing company, an architecture practice
and a recruitment agency.

Aoife Brennan and 2 others viewed your profile.
Priya Raman reacted to your post "Ten years at the bench, one year at the screen".

See all: https://prolink.example.com/me/search-appearances
Manage notifications: https://prolink.example.com/settings/email?n=search
""",
        layout=("card", "ProLink", "#0a66c2"),
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        id="o_empleo_navarra", kind="other", scenario="alerta_empleo_navarra", lang="es",
        frm=("Empleo Técnico Navarra", "alertas@empleotecniconavarra.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Nuevas ofertas para ti: delineante, carpintería, Pamplona",
        date="2026-06-11 07:15 +0200",
        headers=[
            ("List-Id", "Alertas Empleo Tecnico Navarra <alertas.empleotecniconavarra.example.es>"),
            ("List-Unsubscribe", "<https://empleotecniconavarra.example.es/baja?u=5521>"),
        ],
        text="""Hola Maximilian:

Estas son las nuevas ofertas que coinciden con tu alerta «delineante / carpintería»:

· Delineante proyectista – Burlada – indefinido
  https://empleotecniconavarra.example.es/oferta/9912
· Técnico de oficina técnica en carpintería de madera – Orkoien
  https://empleotecniconavarra.example.es/oferta/9917
· Delineante de estructuras de madera – Estella-Lizarra
  https://empleotecniconavarra.example.es/oferta/9920

Consejo: si te rechazan en un proceso, pide una breve valoración. Y antes de una
entrevista, repasa los planos que vas a enseñar.

Darte de baja: https://empleotecniconavarra.example.es/baja?u=5521
""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        id="irigoyen_apply", kind="other", scenario="own_application_irigoyen", lang="es",
        frm=ME, to=[("Carpintería Irigoyen", "empleo@irigoyen-carpinteria.example.es")],
        to_enc=("iso-8859-1", "Q"),
        subject="Candidatura – delineante para oficina técnica",
        date="2026-06-08 22:14 +0200",
        text="""Buenas noches:

Os escribo por la oferta de delineante para la oficina técnica publicada en vuestra web.

Soy carpintero desde hace nueve años, los últimos cuatro en un taller de mobiliario a
medida en Friburgo, y este año he terminado un curso de delineación en AutoCAD e imos iX.
Mi pareja es de Pamplona y nos mudamos allí en septiembre; hablo castellano con soltura.

Adjunto mi currículum. Estaré encantado de ampliar información en una entrevista.

Un saludo,

""" + C.SIG_ES,
    ),
    dict(
        id="o_curso_revit", kind="other", scenario="course_not_admitted_es", lang="es",
        frm=("Centro de Formación Iturrama", "no-responder@cf-iturrama.example.es"),
        subject="Resultado de tu solicitud: curso «Revit para delineantes» (octubre)",
        date="2026-09-17 12:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola, Maximilian:

Te informamos de que no has sido admitido en el curso «Revit para delineantes»
(150 horas, inicio 5 de octubre). Las plazas se han asignado por orden de inscripción
entre personas empadronadas en Navarra con más de seis meses de antigüedad.

Quedas en lista de espera con el número 6. Si se libera una plaza, te avisaremos por
correo electrónico.

Centro de Formación Iturrama
Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
""",
        layout=("card", "CF Iturrama", "#c0392b"),
    ),
    dict(
        id="o_amigo_inaki", kind="other", scenario="friend_tells_own_rechazo", lang="es",
        contact="inaki.arrieta@correo.example.es",
        frm=("Iñaki Arrieta", "inaki.arrieta@correo.example.es"),
        frm_enc=("utf-8", "B"),
        subject="¿Qué tal la mudanza?",
        subj_enc=("utf-8", "Q"),
        date="2026-07-19 23:02 +0200",
        text="""¡Hola Max!

¿Cómo vais con la mudanza? Aquí en Pamplona ya os esperamos para San Fermín del año que
viene, jaja.

Te cuento: me han rechazado en el estudio de Burlada donde hice la entrevista. Me dijeron
que buscaban a alguien con más experiencia en BIM. Me ha sentado fatal, pero bueno, la
semana que viene tengo otra entrevista en Orkoien.

¿Y lo tuyo con la carpintería? Cuéntame cuando puedas.

Un abrazo,
Iñaki
""",
    ),
]
