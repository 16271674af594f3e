"""Corpus 232, kind `rejection`: 31 hand-written noes, each worded its own way."""

from __future__ import annotations

from msgs232_common import (
    ats_card,
    forward,
    outlook_html,
    outlook_quote,
    reply,
    simple_html,
)
from msgs232_other import THANKS_ELBFLORENZ, THANKS_SKYLARK

MESSAGES: list[dict] = []
M = MESSAGES.append

DISCLAIMER_ELBFLORENZ = """--
Elbflorenz Versicherung AG · Sitz Dresden · Amtsgericht Dresden HRB 40712
Vorstand: Dr. Ulrike Brauer (Vors.), Henning Matthes · Aufsichtsratsvorsitzender: Jens Olbrich
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind
oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet."""

# ================================================================ German

M(dict(
    kind="rejection", slug="after_interview_quotes_thanks", lang="de",
    company="Elbflorenz Versicherung",
    contact="juliane.zschoche@elbflorenz-versicherung.example.de",
    key="elbflorenz_rejection", parent="elbflorenz_thanks",
    frm=("Juliane Zschoche", "juliane.zschoche@elbflorenz-versicherung.example.de"),
    subject="AW: Vielen Dank für das Gespräch",
    date="2026-02-18 10:30", cte="qp",
    text=reply("""Lieber Herr Nwankwo-Salas,

danke für Ihre freundliche Nachricht nach unserem Gespräch, und entschuldigen Sie bitte,
dass Sie so lange auf eine Antwort warten mussten. Herr Lindner und ich haben es uns
nicht leicht gemacht. Am Ende haben wir die Teamleitung an eine Kollegin vergeben, die
bereits mehrere Jahre eine Schadenhotline geführt hat; dieser Vorsprung in der
Versicherungspraxis hat den Ausschlag gegeben.

Ihre Ausbilderunterlagen brauchen Sie deshalb nicht mehr nachzureichen. Ich würde Ihre
Daten aber gern für künftige Stellen im Kundenservice behalten, wenn Sie einverstanden
sind; ein kurzes Ja per Antwort genügt.

Herzliche Grüße

Juliane Zschoche
Recruiting Kundenservice
Elbflorenz Versicherung AG
Ostra-Allee 9, 01067 Dresden
Tel. +49 351 8470 2216
""" + DISCLAIMER_ELBFLORENZ, "de",
        "Fr., 6. Feb. 2026 um 17:45", "Benedikt Nwankwo-Salas <benedikt.ns@example.de>",
        THANKS_ELBFLORENZ),
))

LAUSITZ = """Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihr Interesse an der Position Teamleiter Kundenservice (m/w/d) in Dresden
und für die Zeit, die Sie sich für unser Telefonat genommen haben.

Wir haben Ihre Unterlagen und die Eindrücke aus dem Gespräch gründlich ausgewertet. Wir
bedauern, Ihnen heute keine positive Nachricht geben zu können: Ihre Bewerbung wird im
weiteren Auswahlverfahren nicht berücksichtigt.

Ihre Daten werden gemäß unserer Datenschutzhinweise sechs Monate nach Abschluss des
Verfahrens gelöscht.

Ihr Recruiting-Team der Lausitzer Energieversorgung"""
M(dict(
    kind="rejection", slug="ats_formal_successfactors_html", lang="de",
    company="Lausitzer Energieversorgung", contact="",
    key="lausitz_rejection",
    frm=("Lausitzer Energieversorgung Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung bei der Lausitzer Energieversorgung – Referenz 4471-CS",
    date="2026-06-26 14:03",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Lausitzer Energieversorgung", "#00529b", "Ihre Bewerbung", LAUSITZ,
                  footer="Lausitzer Energieversorgung AG, Löbtauer Str. 60, 01159 Dresden\n"
                         "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie "
                         "nicht darauf."),
    cte="qp",
))

SAXONIA_OLD = """Sehr geehrter Herr Nwankwo-Salas,

dann versuchen wir es noch einmal: Freitag, 17.04., 9:00 Uhr. Ich rufe Sie wieder auf
dem Handy an. Planen Sie 30 Minuten ein.

Gruß
Marcel Hentschel"""
M(dict(
    kind="rejection", slug="terse_after_second_try", lang="de",
    company="Saxonia Dialog", contact="m.hentschel@saxonia-dialog.example.de",
    key="saxonia_rejection", parent="saxonia_new_slot",
    frm=("Marcel Hentschel", "m.hentschel@saxonia-dialog.example.de"),
    subject="Re: Neuer Versuch: Freitag 9 Uhr",
    date="2026-04-24 16:40",
    text=reply("""Hallo Herr Nwankwo-Salas,

kurze Info: Wir haben uns für jemand anderen entschieden. Danke, dass Sie nach dem
holprigen Start noch einmal Zeit hatten.

Alles Gute
M. Hentschel

Von meinem iPhone gesendet""", "de", "15.04.2026 um 09:10", "Marcel Hentschel", SAXONIA_OLD),
))

M(dict(
    kind="rejection", slug="agency_unnamed_client_no", lang="de",
    company="Muldental Personal", contact="s.kaulfuss@muldental-personal.example.de",
    frm=("Sandra Kaulfuß", "s.kaulfuss@muldental-personal.example.de"),
    name_enc="iso-8859-1:B",
    subject="Rückmeldung zu Ihrem Profil – Projekt Energieversorger",
    charset="iso-8859-1", cte="qp",
    date="2026-05-08 15:55",
    text="""Hallo Herr Nwankwo-Salas,

gestern habe ich Ihr Profil bei unserem Kunden vorgestellt, dem Energieversorger aus dem
Leipziger Umland, von dem ich Ihnen am Telefon erzählt hatte. Dort möchte man Sie leider
nicht kennenlernen: Für das Projekt werden Kandidaten bevorzugt, die schon mit SAP IS-U
gearbeitet haben, und das können wir Ihnen nicht andichten.

Ärgern Sie sich nicht. Ich habe zwei weitere Anfragen auf dem Tisch, bei denen Ihre
Bahnerfahrung eher zählt, und melde mich dazu nächste Woche.

Viele Grüße
Sandra Kaulfuß
Personaldisponentin
Muldental Personal GmbH · Brühl 52 · 04109 Leipzig · Tel. 0341 2180 660
""",
))

M(dict(
    kind="rejection", slug="agency_relays_client_after_missed", lang="de",
    company="Weißeritz Stadtwerke", contact="e.lehmann@zeitwerk-personal.example.de",
    key="zeitwerk_rejection", parent="zeitwerk_own_reply",
    frm=("Enrico Lehmann", "e.lehmann@zeitwerk-personal.example.de"),
    subject="AW: AW: Termin bei den Weißeritz Stadtwerken heute 9 Uhr",
    date="2026-06-30 11:12",
    text=reply("""Hallo Herr Nwankwo-Salas,

ich habe mit Frau Käßner gesprochen. Die Weißeritz Stadtwerke möchten nach dem geplatzten
Termin keinen neuen vereinbaren und das Verfahren mit Ihnen nicht fortsetzen. Ich habe
Ihre Erklärung mit der Adresse weitergegeben, aber dort ist man bei Führungsstellen in
diesem Punkt streng.

Für mich ist das Thema damit nicht erledigt; Ihr Profil bleibt bei uns aktiv.

Gruß, Enrico Lehmann
Zeitwerk Personalservice GmbH, Niederlassung Dresden
Prager Str. 2b, 01069 Dresden, Tel. 0351 4960 312""", "de",
               "Mo., 22. Juni 2026 um 15:05", "Benedikt Nwankwo-Salas",
               """Hallo Herr Lehmann,

das ist mir sehr unangenehm. Ich stand um 8:50 Uhr in Freital vor dem Verwaltungsgebäude
in der Dresdner Straße, nicht am Kundencenter.

Könnten Sie bei den Stadtwerken fragen, ob ein neuer Termin möglich ist?

Viele Grüße
Benedikt Nwankwo-Salas"""),
))

M(dict(
    kind="rejection", slug="filled_internally_second_round_void", lang="de",
    company="Thüringer Regionalverkehr Mitte", contact="andreas.graefe@trv-mitte.example.de",
    key="trm_rejection", parent="trm_second_round",
    frm=("Gräfe, Andreas", "andreas.graefe@trv-mitte.example.de"),
    subject="Leitung Kundenzentrum Erfurt – Stand des Verfahrens",
    date="2026-02-27 09:48",
    text="""Sehr geehrter Herr Nwankwo-Salas,

ich muss Ihnen leider mitteilen, dass wir die Leitung unseres Kundenzentrums am Erfurter
Hauptbahnhof mit einem langjährigen Kollegen aus dem eigenen Haus besetzt haben. Er hat
sich erst nach Ablauf der Ausschreibungsfrist beworben, und die Geschäftsführung hat sich
für die interne Lösung entschieden. Das Auswahlverfahren ist damit abgeschlossen.

Mir ist bewusst, dass Sie schon in der zweiten Runde waren. Das tut mir leid, zumal Ihr
erstes Gespräch bei uns allen einen sehr guten Eindruck hinterlassen hat.

Mit freundlichen Grüßen
Andreas Gräfe
Personalleiter
Thüringer Regionalverkehr Mitte GmbH
Bahnhofstraße 22, 99084 Erfurt · Tel. 0361 6540 118
""",
    html=outlook_html("""Sehr geehrter Herr Nwankwo-Salas,

ich muss Ihnen leider mitteilen, dass wir die Leitung unseres Kundenzentrums am Erfurter
Hauptbahnhof mit einem langjährigen Kollegen aus dem eigenen Haus besetzt haben. Er hat
sich erst nach Ablauf der Ausschreibungsfrist beworben, und die Geschäftsführung hat sich
für die interne Lösung entschieden. Das Auswahlverfahren ist damit abgeschlossen.

Mir ist bewusst, dass Sie schon in der zweiten Runde waren. Das tut mir leid, zumal Ihr
erstes Gespräch bei uns allen einen sehr guten Eindruck hinterlassen hat.

Mit freundlichen Grüßen
Andreas Gräfe
Personalleiter
Thüringer Regionalverkehr Mitte GmbH
Bahnhofstraße 22, 99084 Erfurt · Tel. 0361 6540 118""", "de"),
    cte="qp",
))

M(dict(
    kind="rejection", slug="role_cancelled_project_not_started", lang="de",
    company="KundenWerk Halle", contact="i.gottschalk@kundenwerk-halle.example.de",
    key="kundenwerk_rejection", parent="kundenwerk_cancel",
    frm=("Ines Gottschalk", "i.gottschalk@kundenwerk-halle.example.de"),
    subject="Teamleiter/in Inbound – wie es weitergeht",
    charset="windows-1252", cte="qp",
    date="2026-07-29 13:37",
    text="""Sehr geehrter Herr Nwankwo-Salas,

nachdem wir den Gruppentermin am 16. Juli absagen mussten, haben wir auf die Entscheidung
unseres Auftraggebers gewartet. Inzwischen steht fest: Das Hotline-Projekt für den
Versandhändler startet nicht, und die Teamleiterstelle, für die Sie sich beworben hatten,
fällt damit ersatzlos weg. Wir schließen das Bewerbungsverfahren deshalb ab.

Das ist für Sie sicher enttäuschend – für uns auch, denn wir hätten Sie gern kennengelernt.

Mit freundlichen Grüßen
Ines Gottschalk
Personalreferentin
KundenWerk Halle GmbH · Delitzscher Straße 70 · 06112 Halle (Saale)
Telefon 0345 6831 207 · www.kundenwerk-halle.example.de
""",
))

VOGT = """Guten Tag Herr Nwankwo-Salas,

danke, dass Sie sich für die Stelle „Teamleitung Kundenbetreuung“ in Plauen beworben haben.

Nach Sichtung aller Unterlagen haben wir uns für Bewerberinnen und Bewerber entschieden,
deren Erfahrung im Versicherungsinnendienst enger an unserem Anforderungsprofil liegt.
Wir wissen, dass hinter jeder Bewerbung Arbeit steckt, und bedanken uns dafür.

Viele Grüße
Personalabteilung Vogtland Versicherungsdienst"""
M(dict(
    kind="rejection", slug="softgarden_closer_profile", lang="de",
    company="Vogtland Versicherungsdienst", contact="",
    frm=("Vogtland Versicherungsdienst", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung als Teamleitung Kundenbetreuung (m/w/d)",
    date="2026-04-13 08:21",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "softgarden")],
    text=VOGT + "\n\nDiese Nachricht wurde über softgarden versendet.\n",
    html=ats_card("Vogtland Versicherungsdienst", "#6b8e23",
                  "Teamleitung Kundenbetreuung (m/w/d)", VOGT,
                  footer="Versendet über softgarden. Antworten an diese Adresse werden "
                         "nicht gelesen."),
    cte="base64",
))

M(dict(
    kind="rejection", slug="casual_du_shift_lead", lang="de",
    company="Elbtal Nahverkehr", contact="toni.richter@elbtal-nahverkehr.example.de",
    key="elbtal_rejection", parent="elbtal_missed",
    frm=("Toni Richter", "toni.richter@elbtal-nahverkehr.example.de"),
    subject="Re: Teams-Termin heute 10 Uhr",
    date="2026-02-10 18:05",
    text=reply("""Hi Benedikt,

ich mach's kurz, weil du es sicher lieber direkt hörst: Die Schichtleitung geht an
jemand anderen. Das hatte nichts mit dem verpatzten Teams-Termin zu tun, das Telefonat
danach war gut. Am Ende hatten wir einen Bewerber, der unser Stellwerk und die Leute hier
seit Jahren kennt, und da wollte der Chef nichts riskieren.

Lass dich nicht unterkriegen. Wenn du mal in Dresden bist, geht der Kaffee auf mich.

Toni""", "de", "Do., 29. Jan. 2026 um 10:47", "Toni Richter",
               """Hi Benedikt,

wir saßen heute um 10 im Teams-Raum und haben auf dich gewartet, bis 10:20. Ist was
dazwischengekommen?

Toni"""),
))

M(dict(
    kind="rejection", slug="after_trial_day_latin1", lang="de",
    company="Saale-Unstrut-Bahn", contact="g.moebius@saale-unstrut-bahn.example.de",
    key="sub_rejection", parent="sub_trial",
    frm=("Gudrun Möbius", "g.moebius@saale-unstrut-bahn.example.de"),
    name_enc="iso-8859-1:Q",
    subject="Ihr Probearbeitstag im Servicecenter Halle",
    subj_enc="iso-8859-1:Q",
    charset="iso-8859-1", cte="8bit",
    date="2026-04-02 10:15",
    text="""Sehr geehrter Herr Nwankwo-Salas,

danke für Ihren Einsatz beim Probearbeitstag in unserem Servicecenter am Hauptbahnhof
Halle. Das Team hat Ihre ruhige Art am Schalter ausdrücklich gelobt.

Für die ausgeschriebene Position haben wir dennoch eine andere Wahl getroffen. Den
Ausschlag gab die längere Erfahrung einer Mitbewerberin im Fahrgeldmanagement, die wir
für den Start der neuen Tarifzone im Sommer dringend brauchen.

Ihre Fahrtkosten für den Probetag erstatten wir selbstverständlich. Bitte schicken Sie
mir dazu das Ticket oder eine Quittung.

Mit freundlichen Grüßen
Gudrun Möbius
Personal und Ausbildung
Saale-Unstrut-Bahn GmbH, Ernst-Kamieth-Straße 2, 06112 Halle (Saale)
Telefon 0345 4422 830
""",
))

HAVEL_CHAIN_3 = """Sehr geehrter Herr Nwankwo-Salas,

wir laden Sie herzlich zum Vorstellungsgespräch für die Position Teamleiter
Kundenservice (m/w/d) ein: Dienstag, 03.02.2026, 14:00 Uhr, per Videokonferenz.
Den Link erhalten Sie am Vortag.

Mit freundlichen Grüßen
Friederike von Oppen"""
HAVEL_CHAIN_2 = outlook_quote("""Sehr geehrter Herr Nwankwo-Salas,

wir haben heute um 14:00 Uhr zehn Minuten im Videocall auf Sie gewartet. Leider haben Sie
sich nicht eingewählt.

Mit freundlichen Grüßen
Friederike von Oppen""", "de", "von Oppen, Friederike", "Freitag, 16. Januar 2026 11:02",
    "Benedikt Nwankwo-Salas", "Einladung zum Vorstellungsgespräch", HAVEL_CHAIN_3)
HAVEL_CHAIN_1 = outlook_quote("""Sehr geehrte Frau von Oppen,

es tut mir sehr leid. Der Link aus Ihrer Mail war bei mir im Spamordner gelandet, ich habe
ab 13:55 Uhr vergeblich nach der Einladung gesucht. Wäre ein neuer Termin möglich?

Mit freundlichen Grüßen
Benedikt Nwankwo-Salas""", "de", "von Oppen, Friederike", "Dienstag, 3. Februar 2026 14:20",
    "Benedikt Nwankwo-Salas", "AW: Einladung zum Vorstellungsgespräch", HAVEL_CHAIN_2)
HAVEL_NEW = outlook_quote("""Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihre Erklärung. Wir haben die Situation intern besprochen und uns
entschieden, die Position anderweitig zu vergeben. Einen neuen Termin werden wir daher
nicht anbieten.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Friederike von Oppen
Personalreferentin
Havelland Assekuranz AG
Schlossstraße 7, 14467 Potsdam
Tel.: +49 331 2771 405

Havelland Assekuranz AG, Sitz Potsdam, Amtsgericht Potsdam HRB 18834 P.
Vorstand: Matthias Gerlach (Vorsitzender), Dr. Anke Hoppe.
Diese Nachricht ist ausschließlich für den Adressaten bestimmt. Sollten Sie nicht der
beabsichtigte Empfänger sein, löschen Sie die Nachricht bitte und informieren Sie uns.""",
    "de", "Benedikt Nwankwo-Salas <benedikt.ns@example.de>", "Dienstag, 3. Februar 2026 17:36",
    "von Oppen, Friederike", "AW: AW: Einladung zum Vorstellungsgespräch", HAVEL_CHAIN_1)
M(dict(
    kind="rejection", slug="outlook_chain_after_missed_call", lang="de",
    company="Havelland Assekuranz", contact="f.vonoppen@havelland-assekuranz.example.de",
    key="havelland_rejection", parent="havelland_missed",
    frm=("von Oppen, Friederike", "f.vonoppen@havelland-assekuranz.example.de"),
    subject="AW: AW: AW: Einladung zum Vorstellungsgespräch",
    date="2026-02-12 10:03",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyQ3mFh6Vb0k1sTR0W0wxzq8A==")],
    text=HAVEL_NEW,
    html=outlook_html(HAVEL_NEW, "de"),
    cte="qp",
))

DIALOG = """Guten Tag Herr Nwankwo-Salas,

wir melden uns mit einer Nachricht, die wir lieber anders geschrieben hätten: Für die
Stelle „Teamlead Customer Care (m/w/d)“ in Berlin-Friedrichshain können wir Ihnen kein
Angebot machen.

Auf die Ausschreibung haben sich über 200 Menschen beworben. Wir haben uns am Ende für
Profile mit Erfahrung in der Führung von Chat- und E-Mail-Teams entschieden.

Danke für Ihr Vertrauen und alles Gute!
Ihr People-Team von Dialogpunkt Berlin

Bitte antworten Sie nicht auf diese E-Mail – sie wurde automatisch über Personio versendet."""
M(dict(
    kind="rejection", slug="personio_cp1252_no_offer", lang="de",
    company="Dialogpunkt Berlin", contact="",
    frm=("Dialogpunkt Berlin", "noreply@personio.de"),
    subject="Ihre Bewerbung: Teamlead Customer Care (m/w/d)",
    date="2026-09-15 17:02",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="windows-1252", cte="qp",
    text=DIALOG + "\n",
    html=simple_html(DIALOG, "Verdana, sans-serif"),
))

M(dict(
    kind="rejection", slug="after_assessment_centre", lang="de",
    company="Flugdienst Schkeuditz", contact="nadine.foerster@flugdienst-schkeuditz.example.de",
    key="flug_rejection", parent="flug_moved",
    frm=("Nadine Förster", "nadine.foerster@flugdienst-schkeuditz.example.de"),
    name_enc="utf-8:B",
    subject="Ergebnis des Assessment-Centers vom 1. September",
    subj_enc="utf-8:B",
    date="2026-09-09 15:30", cte="base64",
    text="""Sehr geehrter Herr Nwankwo-Salas,

nach dem Assessment-Center am 1. September möchten wir Ihnen heute unsere Entscheidung
mitteilen.

In der Rollenübung mit dem verärgerten Passagier haben Sie uns überzeugt. In der
Gruppenaufgabe zur Schichtplanung für den Ferienstart fehlte uns jedoch die Erfahrung mit
Abläufen am Flughafen, auf die wir bei dieser Stelle nicht verzichten können. Wir werden
Ihre Bewerbung deshalb nicht weiter verfolgen.

Wenn Sie ein ausführlicheres Feedback möchten, rufen Sie mich gern an.

Freundliche Grüße
Nadine Förster
Personalentwicklung
Flugdienst Schkeuditz GmbH · Terminalring 11 · 04435 Schkeuditz
Tel. +49 341 2240 5531
""",
))

M(dict(
    kind="rejection", slug="headhunter_relays_client_no", lang="de",
    company="Saalewasser Halle", contact="p.rau@kessler-rau.example.de",
    frm=("Philipp Rau", "p.rau@kessler-rau.example.de"),
    subject="Saalewasser – Rückmeldung",
    date="2026-06-05 17:50",
    text="""Lieber Herr Nwankwo-Salas,

leider keine guten Nachrichten aus Halle: Saalewasser hat sich nach der zweiten
Gesprächsrunde für einen Kandidaten aus der Energiewirtschaft entschieden.

Das Feedback von Frau Dr. Kern war ausgesprochen freundlich. Sie hat Ihre Art gelobt, mit
Beschwerden umzugehen, wollte aber für die Leitung des Kundenservice jemanden, der die
Abrechnungs- und Regulierungsthemen schon kennt. Das ist ein Punkt, den man in einem
Jahr aufholen kann, nur eben nicht bis zum 1. August.

Ich melde mich, sobald ich etwas Passendes habe.

Beste Grüße
Philipp Rau
Kessler & Rau Executive Search · Friedrichstr. 171 · 10117 Berlin · +49 30 2091 7730
""",
))

M(dict(
    kind="rejection", slug="insurer_decision_latin1_b_subject", lang="de",
    company="Krämerbrücke Versicherung",
    contact="joerg.haessler@kraemerbruecke-versicherung.example.de",
    frm=("Jörg Häßler", "joerg.haessler@kraemerbruecke-versicherung.example.de"),
    name_enc="iso-8859-1:B",
    subject="Gruppenleitung Kundenservice: unsere Entscheidung",
    subj_enc="iso-8859-1:B",
    charset="iso-8859-1", cte="qp",
    date="2026-08-21 12:26",
    text="""Sehr geehrter Herr Nwankwo-Salas,

unsere Entscheidung über die Besetzung der Gruppenleitung Kundenservice ist gefallen, und
sie fällt nicht zu Ihren Gunsten aus.

Ich möchte offen sein: Ihre Bewerbung hat uns neugierig gemacht, weil der Wechsel vom
Zug in die Versicherung ungewöhnlich ist. Im Vergleich mit den anderen Kandidaten fehlte
uns aber die Erfahrung mit Vertragsfragen und Kündigungsgesprächen.

Für Ihren weiteren Weg wünsche ich Ihnen viel Erfolg.

Mit freundlichen Grüßen
Jörg Häßler
Abteilungsleiter Kundenservice
Krämerbrücke Versicherung VVaG, Anger 51, 99084 Erfurt, Tel. 0361 5540 230
""",
))

# ================================================================ English

SPREE_NEW = """Hi Benedikt,

Following up on the interview we had to cancel earlier this month: I'm afraid the Customer
Service Team Lead role has been put on hold and we will not proceed with it, or with any
of the candidates, for now. Our leadership team is reviewing the summer schedule for BER
and headcount is frozen until that is done.

I'm genuinely sorry, because you were one of the two people we most wanted to meet. If
the role opens again, I will reach out to you personally rather than through the portal.

Best,
Hannah Lindqvist
Talent Acquisition Partner, Spreeflug"""
M(dict(
    kind="rejection", slug="greenhouse_role_on_hold", lang="en",
    company="Spreeflug", contact="hannah.lindqvist@spreeflug.example.de",
    key="spreeflug_rejection", parent="spreeflug_cancel",
    frm=("Hannah Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Lindqvist", "hannah.lindqvist@spreeflug.example.de"),
    subject="Update on the Customer Service Team Lead role",
    date="2026-03-25 16:11",
    text=SPREE_NEW + "\n",
    html=simple_html(SPREE_NEW, "Helvetica, Arial, sans-serif"),
))

M(dict(
    kind="rejection", slug="headhunter_relays_bohemia_no", lang="en",
    company="Bohemia Air Connect", contact="oliver.whitcombe@northbridge-talent.example.co.uk",
    key="northbridge_bohemia_no", parent="northbridge_bohemia_invite",
    frm=("Oliver Whitcombe", "oliver.whitcombe@northbridge-talent.example.co.uk"),
    subject="Re: Interview with Bohemia Air Connect - Thursday 25 June",
    date="2026-07-06 12:40", tz="+0100",
    text=reply("""Hi Benedikt,

I've just got off the phone with Bohemia Air Connect. They have decided not to take things
further with you for the Customer Experience Team Lead position.

The feedback was good on your passenger handling examples, but they want someone who has
already run a team inside an airport: baggage, gate changes, the ground side of things.
That's a narrow brief and I didn't see it coming after such a positive first call.

I'll keep you in mind for rail and contact-centre roles, where I think you're a stronger fit.

Best,
Oliver""", "en", "Thu, 18 Jun 2026 at 14:05", "Oliver Whitcombe",
               """Hi Benedikt,

Great news - Bohemia Air Connect would like to meet you. I've set up a video interview
with Lenka Horáková, Head of Customer Experience, on Thursday 25 June at 11:00 Prague
time.

Oliver"""),
))

PRAHA = """Dear Benedikt,

Thank you for applying for the Inbound Team Supervisor role at Praha Contact Hub and for
speaking with Tomáš.

We've reviewed your application carefully and, on this occasion, you have not been
selected to continue in the process. Because of the number of applications we cannot give
individual feedback.

We wish you every success in your search.

Praha Contact Hub Talent Team"""
M(dict(
    kind="rejection", slug="workable_not_selected", lang="en",
    company="Praha Contact Hub", contact="",
    frm=("Praha Contact Hub", "noreply@workablemail.com"),
    subject="Your application for Inbound Team Supervisor at Praha Contact Hub",
    date="2026-04-01 09:02",
    headers=[("Auto-Submitted", "auto-generated")],
    text=PRAHA + "\n",
    html=ats_card("Praha Contact Hub", "#1abc9c", "Inbound Team Supervisor", PRAHA,
                  footer="Sent via Workable. Please do not reply to this email."),
    cte="qp",
))

RIVER = """Dear Benedikt,

Thank you for your interest in the Customer Service Shift Leader position and for the time
you invested in our recruitment process.

After careful review, we have decided to move forward with candidates whose experience more
closely matches the requirements of the role at this time. We will keep your details on
file and may contact you about future vacancies.

Kind regards,
Recruitment Team
Prague Riverside Transit"""
M(dict(
    kind="rejection", slug="icims_closer_match", lang="en",
    company="Prague Riverside Transit", contact="",
    frm=("Prague Riverside Transit Careers", "careers-noreply@talent.icims.com"),
    subject="Customer Service Shift Leader - application update",
    date="2026-09-28 10:44",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Prague Riverside Transit", "#8e44ad", "Application update", RIVER,
                  footer="Req ID 2026-0412 · This mailbox is not monitored."),
    cte="base64",
))

LETNA = """Hi Benedikt,

Thanks for your application for Ground Services Team Leader (Prague Airport).

We wanted to let you know that this position has now been filled, so your application will
not be taken further. You can still see and apply for our other openings on our careers
site.

All the best,
Letná Ground Handling Recruiting"""
M(dict(
    kind="rejection", slug="smartrecruiters_position_filled", lang="en",
    company="Letná Ground Handling", contact="",
    frm=("Letná Ground Handling", "notification@smartrecruiters.com"),
    reply_to=("Letná Ground Handling", "reply+c81a77f0e2@smartrecruiters.com"),
    subject="Update: Ground Services Team Leader (Prague Airport)",
    date="2026-05-19 11:30",
    text=LETNA + "\n\nhttps://jobs.smartrecruiters.com/LetnaGroundHandling\n",
    html=ats_card("Letná Ground Handling", "#f39c12", "Ground Services Team Leader", LETNA,
                  button=("See open roles", "https://jobs.smartrecruiters.com/LetnaGroundHandling")),
))

M(dict(
    kind="rejection", slug="after_panel_quotes_thanks", lang="en",
    company="Skylark Regional", contact="maya.goldberg@skylark-regional.example.com",
    key="skylark_rejection", parent="skylark_thanks",
    frm=("Maya Goldberg", "maya.goldberg@skylark-regional.example.com"),
    subject="Re: Thank you - Passenger Care Team Lead panel",
    date="2026-08-14 15:20",
    text=reply("""Hi Benedikt,

Thanks so much for your kind note, and sorry it has taken me over a week to reply.

The panel really enjoyed the storm-weekend story, and Aylin still mentions it. It was a
very close call in the end, but we have offered the role to someone who has led a ground
team at BER before, and they have accepted.

I'd like to stay in touch: we're opening a second team in the spring, and I would be
happy to bring you back into the process then.

Warmly,
Maya

Maya Goldberg | Senior Recruiter | Skylark Regional
Flughafen BER, Terminal 1, Willy-Brandt-Platz, 12529 Schönefeld""", "en",
        "Thu, Aug 6, 2026 at 7:02 PM", "Benedikt Nwankwo-Salas <benedikt.ns@example.de>",
        THANKS_SKYLARK),
))

M(dict(
    kind="rejection", slug="headhunter_unnamed_client_no", lang="en",
    company="Northbridge Talent Partners",
    contact="oliver.whitcombe@northbridge-talent.example.co.uk",
    frm=("Oliver Whitcombe", "oliver.whitcombe@northbridge-talent.example.co.uk"),
    subject="Prague ops role - client feedback",
    date="2026-08-04 17:05", tz="+0100",
    text="""Hi Benedikt,

Quick update on the Prague customer operations role I put you forward for last week. My
client has come back to me and they won't be inviting you to interview: for the local
team they've decided Czech is a must after all, which wasn't in the brief they gave me.

Annoying, I know. It says nothing about your experience, and I've told them so.

More soon,
Oliver

Oliver Whitcombe | Northbridge Talent Partners | +44 20 7946 0311
""",
))

M(dict(
    kind="rejection", slug="terse_gone_another_way", lang="en",
    company="Karlín Mutual Insurance", contact="martin.horak@karlin-mutual.example.cz",
    key="karlin_rejection", parent="karlin_ill",
    frm=("Martin Horák", "martin.horak@karlin-mutual.example.cz"), name_enc="utf-8:Q",
    subject="RE: Interview postponed",
    date="2026-10-27 18:12",
    text=outlook_quote("""Benedikt,

We've gone another way on the team lead role. Thanks for your time and for your patience
with all the rescheduling.

Martin""", "en", "Martin Horák", "Tuesday, October 13, 2026 8:05 AM",
        "Benedikt Nwankwo-Salas", "Interview postponed", """Hi Benedikt,

I'm sorry to do this at short notice: Pavel, who was going to run tomorrow's interview
with me, is off sick, so I need to postpone. I'll come back to you with a new date.

Martin"""),
))

# ================================================================ French

RHIN = """Bonjour Benedikt,

Merci encore d'être venu à Strasbourg pour l'entretien du 6 février.

Après avoir rencontré l'ensemble des candidats, nous avons choisi de poursuivre avec une
autre personne pour le poste de responsable d'équipe service clients. Ce choix s'est joué
sur la connaissance du réseau régional alsacien, qui sera décisive dans les premiers
mois.

Je garde votre dossier en tête pour nos futurs recrutements à Strasbourg et à Mulhouse.

Bien à vous,
Claire Hoffmann
Chargée de recrutement, Rhin Express Mobilités"""
M(dict(
    kind="rejection", slug="teamtailor_after_interview", lang="fr",
    company="Rhin Express Mobilités", contact="claire.hoffmann@rhin-express.example.fr",
    key="rhin_rejection", parent="rhin_report",
    frm=("Claire Hoffmann - Rhin Express Mobilités", "no-reply@teamtailor-mail.com"),
    reply_to=("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr"),
    subject="Votre candidature - Responsable d'équipe service clients",
    date="2026-02-20 14:48",
    text=RHIN + "\n",
    html=ats_card("Rhin Express Mobilités", "#2c3e50", "Responsable d'équipe service clients",
                  RHIN, footer="Envoyé avec Teamtailor"),
    cte="qp",
))

ALS = """Bonjour Benedikt Nwankwo-Salas,

Nous vous remercions de l'intérêt que vous portez à Alsace Énergie Services et du temps
consacré à notre entretien téléphonique.

Après étude attentive de votre dossier, nous sommes au regret de ne pouvoir donner une
suite favorable à votre candidature au poste de superviseur du centre de relation client.

Nous conservons vos coordonnées pendant deux ans, sauf opposition de votre part.

L'équipe recrutement
Alsace Énergie Services"""
M(dict(
    kind="rejection", slug="smartrecruiters_formal_fr", lang="fr",
    company="Alsace Énergie Services", contact="",
    frm=("Alsace Énergie Services", "noreply@smartrecruiters.com"), name_enc="iso-8859-1:Q",
    subject="Votre candidature chez Alsace Énergie Services",
    subj_enc="iso-8859-1:B",
    date="2026-05-04 16:00",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="qp",
    text=ALS + "\n",
    html=ats_card("Alsace Énergie Services", "#27ae60", "Votre candidature", ALS,
                  footer="Merci de ne pas répondre à ce message automatique."),
))

M(dict(
    kind="rejection", slug="poste_pourvu_en_interne", lang="fr",
    company="Mutuelle Rhénane", contact="sophie.kieffer@mutuelle-rhenane.example.fr",
    key="mutuelle_rejection", parent="mutuelle_missed",
    frm=("Sophie Kieffer", "sophie.kieffer@mutuelle-rhenane.example.fr"),
    subject="RE: Entretien téléphonique de ce matin",
    date="2026-07-02 11:30",
    text=outlook_quote("""Bonjour Monsieur Nwankwo-Salas,

Je reviens vers vous comme promis. Entre-temps, le poste de superviseur du plateau
téléphonique a été pourvu par une collaboratrice en interne, qui assurait déjà l'intérim
depuis le printemps. Nous clôturons donc ce recrutement sans donner suite aux candidatures
externes, y compris la vôtre.

Je suis désolée que nous n'ayons pas pu échanger plus tôt.

Cordialement,
Sophie Kieffer
Responsable ressources humaines
Mutuelle Rhénane - 3 place de l'Homme de Fer, 67000 Strasbourg
03 88 52 40 17""", "fr", "Sophie Kieffer", "mardi 16 juin 2026 10:18",
        "Benedikt Nwankwo-Salas", "Entretien téléphonique de ce matin", """Bonjour,

Nous avions rendez-vous ce matin à 10 h pour un entretien téléphonique. Je vous ai appelé
deux fois, sans réponse, et je n'ai pas pu laisser de message.

Pouvez-vous me recontacter pour convenir d'un autre créneau ?

Sophie Kieffer"""),
))

M(dict(
    kind="rejection", slug="agence_interim_relaie_refus_client", lang="fr",
    company="Neudorf Relation Client", contact="l.schaeffer@interim-rhenan.example.fr",
    frm=("Laurent Schaeffer", "l.schaeffer@interim-rhenan.example.fr"),
    subject="Mission chef d'équipe - retour du client",
    charset="windows-1252", cte="8bit",
    date="2026-06-24 09:35",
    text=forward("""Bonjour Benedikt,

J’ai eu ce matin le retour de Neudorf Relation Client au sujet de la mission de chef
d’équipe que je vous avais présentée : ils ne retiennent pas votre profil. Je vous
transfère leur message ci-dessous, il est assez clair. C’est votre préavis de trois mois
en Allemagne qui les a arrêtés.

Je continue à chercher pour vous ; il y a souvent des besoins sur les plateaux
germanophones à la rentrée.

Bonne journée,
Laurent Schaeffer
Chargé de recrutement – Intérim Rhénan, agence de Strasbourg
18 rue du Faubourg National, 67000 Strasbourg – 03 88 75 12 40""", "fr",
        "Émilie Roth <e.roth@neudorf-relation.example.fr>", "mer. 24 juin 2026 à 08:51",
        "Candidature B. Nwankwo-Salas - chef d’équipe",
        "Laurent Schaeffer <l.schaeffer@interim-rhenan.example.fr>",
        """Bonjour Laurent,

Merci pour la présentation de M. Nwankwo-Salas. Son profil est intéressant, mais nous ne
donnerons pas suite : nous avons besoin de quelqu’un disponible dès le 1er juillet, et
un préavis de trois mois n’est pas compatible avec l’ouverture du nouveau plateau.

Bien cordialement,
Émilie Roth
Responsable de plateau, Neudorf Relation Client"""),
))

# ================================================================ Spanish

M(dict(
    kind="rejection", slug="proceso_finalizado_no_seleccionada", lang="es",
    company="Seguros Malvarrosa", contact="rrhh.seleccion@segurosmalvarrosa.example.es",
    frm=("Selección - Seguros Malvarrosa", "rrhh.seleccion@segurosmalvarrosa.example.es"),
    name_enc="utf-8:B",
    subject="Proceso de selección: Responsable de Equipo de Atención al Cliente",
    charset="windows-1252", cte="qp",
    date="2026-07-08 12:05",
    text="""Hola, Benedikt:

Te escribimos para informarte de que el proceso de selección para el puesto de
Responsable de Equipo de Atención al Cliente ha finalizado y tu candidatura no ha
resultado seleccionada.

Valoramos mucho tu experiencia en el trato con viajeros, pero para esta posición
buscábamos un perfil con trayectoria en el sector asegurador.

Si tienes cualquier duda, puedes responder a este correo.

Un saludo,
Equipo de Selección
Seguros Malvarrosa – Avda. del Puerto 180, 46023 Valencia – 963 21 44 80
""",
))

M(dict(
    kind="rejection", slug="vacante_congelada", lang="es",
    company="Energía Albufera", contact="carmen.puig@energia-albufera.example.es",
    frm=("Carmen Puig", "carmen.puig@energia-albufera.example.es"),
    subject="Vacante Jefe/a de Equipo Atención Cliente",
    date="2026-07-21 18:02",
    text="""Estimado Benedikt:

Lamento comunicarte que la dirección ha decidido congelar la vacante de Jefe/a de Equipo
de Atención al Cliente mientras se reorganiza el área comercial. Por este motivo no vamos
a continuar con el proceso, ni contigo ni con el resto de candidatos.

No sé si la posición volverá a abrirse este año. Si lo hace, te escribiré.

Gracias por tu interés y por tu paciencia.

Carmen Puig
Responsable de Talento
Energía Albufera · C/ de la Pau 14, 46002 València · +34 961 15 20 90

Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, comuníquelo al
remitente y elimínelo.
""",
))

M(dict(
    kind="rejection", slug="seco_tras_entrevista_perdida", lang="es",
    company="Contacta Mediterráneo", contact="javier.sanchis@contacta-med.example.es",
    key="contacta_rejection", parent="contacta_missed",
    frm=("Javier Sanchis", "javier.sanchis@contacta-med.example.es"),
    subject="Re: Te esperábamos en Meet",
    date="2026-06-10 19:31",
    text=reply("""Hola Benedikt:

Hemos decidido no seguir adelante con tu candidatura. Gracias y suerte.

Javier""", "es", "mar, 26 may 2026 a las 9:50", "Javier Sanchis",
               """Hola Benedikt:

Te esperábamos a las 9:30 en Google Meet y no te has conectado.

Javier"""),
))

M(dict(
    kind="rejection", slug="agencia_transmite_no_del_cliente", lang="es",
    company="Aerolíneas Levante", contact="raul.domenech@talentolevante.example.es",
    key="talento_rejection", parent="talento_jornada",
    frm=("Raúl Domènech", "raul.domenech@talentolevante.example.es"), name_enc="iso-8859-1:Q",
    subject="Re: Jornada de evaluación en Aerolíneas Levante - 8 de septiembre",
    date="2026-09-18 10:10",
    charset="iso-8859-1", cte="qp",
    text=reply("""Hola, Benedikt:

Ya tengo la respuesta de Aerolíneas Levante tras la jornada de evaluación del día 8. Por
desgracia, no han contado contigo para la siguiente fase: se han quedado con dos
candidatos que ya trabajaban en el aeropuerto de Manises.

Me dicen que tu simulación de atención al pasajero fue de las mejores. Yo sigo atento a
otras ofertas para ti en Valencia.

Un abrazo,
Raúl Domènech
Consultor de selección - Talento Levante
Gran Vía Marqués del Túria 49, 46005 Valencia - 963 44 18 70""", "es",
        "mié, 26 ago 2026 a las 13:02", "Raúl Domènech",
        """Hola, Benedikt:

Aerolíneas Levante quiere conocerte. Te han convocado a una jornada de evaluación el
martes 8 de septiembre a las 9:00 en sus oficinas del aeropuerto.

Raúl"""),
))
