"""Corpus 203: everything that is no event of her own job search (kind `other`).

Newsletters and alerts, advice, the candidate's own sent mail, auto-replies, private mail
that borrows the words (appointment, position, interview, unfortunately) in another sense.
"""

from __future__ import annotations

from msgs203_common import (
    CAND,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    a,
    forwarded,
    items_text,
    newsletter_html,
    paras,
    quote,
    reply_block,
    simple_html,
)
from msgs203_invites import VLTAVA_SCREEN

# Her own notes, quoted again by the replies to them.
ZAHNWERK_THANKS = f"""Liebe Frau Brückner, lieber Herr Dr. Osterloh,

herzlichen Dank für das offene und angenehme Gespräch heute Nachmittag. Besonders die
Pläne für das gemeinsame Terminmanagement der drei Leipziger Standorte haben mich
begeistert – genau daran würde ich sehr gern mitarbeiten.

Für Rückfragen stehe ich jederzeit zur Verfügung und freue mich auf Ihre Rückmeldung.

Mit herzlichen Grüßen
{SIG_DE}"""

AUENWALD_THANKS = """Liebe Frau Dr. Oswald,

vielen Dank für das angenehme Gespräch heute Vormittag mit Ihnen, Herrn Rehm und Frau
Morgenstern. Ich habe einen sehr guten Eindruck vom MVZ und vom Team gewonnen und könnte
mir die Aufgabe gut vorstellen.

Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Henrike Sall-Domínguez"""

KLEBER_THANKS = """Bonjour Madame Weiss,

Je tenais à vous remercier, ainsi que le Dr Roth, pour l'entretien de ce matin. La visite
du centre et nos échanges sur l'organisation des plannings m'ont confortée dans mon envie
de rejoindre votre équipe.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Henrike Sall-Domínguez"""

VLTAVA_SORRY = """Dear Tereza,

I'm so sorry - I missed your call this morning. My phone was on silent after a night shift
at the practice and I only saw the missed calls at 11. Would it be possible to reschedule
the phone screen? I'm free any time on Thursday or Friday.

Apologies again,
Henrike"""

UNSUB = "List-Unsubscribe-Post"

MESSAGES: list[dict] = [
    # ------------------------------------------------------------ German
    dict(
        kind="other", slug="praxisjobs_alert_digest", lang="de", company="", contact="",
        frm=("Praxisjobs Jobradar", "alerts@praxisjobs.example.de"),
        subject="7 neue Jobs für „Praxismanagerin“ in Leipzig und Umgebung",
        date="2026-01-08 06:02 +0100",
        headers=[("List-Id", "Praxisjobs Jobradar <jobradar.praxisjobs.example.de>"),
                 ("List-Unsubscribe", "<https://praxisjobs.example.de/abmelden?t=8c1f2e>, "
                                      "<mailto:abmelden@praxisjobs.example.de?subject=jobradar>"),
                 (UNSUB, "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        text="""Hallo Henrike,

für deinen Suchauftrag „Praxismanagerin, Leipzig + 50 km“ gibt es 7 neue Stellen:

""" + items_text([
            ("Praxismanager (m/w/d) – Zahnarztpraxis Dr. Lenk, Leipzig-Gohlis",
             "https://praxisjobs.example.de/job/41877", "Vollzeit · ab sofort · Bewerbungsgespräche laufen bereits"),
            ("Leitung Rezeption & Terminmanagement – MVZ Südost, Leipzig",
             "https://praxisjobs.example.de/job/41902", "Teilzeit 30 h · unbefristet"),
            ("Office-Managerin Kieferorthopädie – Markkleeberg",
             "https://praxisjobs.example.de/job/41915", "Vollzeit · 4-Tage-Woche möglich"),
            ("Praxisleitung Zahnmedizin – Halle (Saale)", "https://praxisjobs.example.de/job/41931",
             "Vollzeit · Führung von 14 Mitarbeitenden"),
            ("Verwaltungsleitung Praxisverbund – Delitzsch", "https://praxisjobs.example.de/job/41940",
             "Vollzeit · Firmenwagen"),
            ("QM-Beauftragte (ZFA) – Schkeuditz", "https://praxisjobs.example.de/job/41955",
             "Teilzeit · Weiterbildung wird bezahlt"),
            ("Abrechnungsexpertin Zahnmedizin – Leipzig-Zentrum", "https://praxisjobs.example.de/job/41963",
             "Vollzeit · Homeoffice anteilig"),
        ]) + """

Tipp der Woche: Eine Absage ist kein Urteil über dich – frag nach Feedback und bewirb dich weiter!

Suchauftrag bearbeiten: https://praxisjobs.example.de/suchauftrag/8c1f2e
Abmelden: https://praxisjobs.example.de/abmelden?t=8c1f2e""",
        html=newsletter_html("Praxisjobs Jobradar", paras(
            "Hallo Henrike,\n\nfür deinen Suchauftrag „Praxismanagerin, Leipzig + 50 km“ gibt es 7 neue Stellen:"), [
            ("Praxismanager (m/w/d) – Zahnarztpraxis Dr. Lenk, Leipzig-Gohlis",
             "https://praxisjobs.example.de/job/41877", "Vollzeit · ab sofort · Bewerbungsgespräche laufen bereits"),
            ("Leitung Rezeption & Terminmanagement – MVZ Südost, Leipzig",
             "https://praxisjobs.example.de/job/41902", "Teilzeit 30 h · unbefristet"),
            ("Office-Managerin Kieferorthopädie – Markkleeberg",
             "https://praxisjobs.example.de/job/41915", "Vollzeit · 4-Tage-Woche möglich"),
            ("Praxisleitung Zahnmedizin – Halle (Saale)", "https://praxisjobs.example.de/job/41931",
             "Vollzeit · Führung von 14 Mitarbeitenden"),
            ("Verwaltungsleitung Praxisverbund – Delitzsch", "https://praxisjobs.example.de/job/41940",
             "Vollzeit · Firmenwagen"),
            ("QM-Beauftragte (ZFA) – Schkeuditz", "https://praxisjobs.example.de/job/41955",
             "Teilzeit · Weiterbildung wird bezahlt"),
            ("Abrechnungsexpertin Zahnmedizin – Leipzig-Zentrum", "https://praxisjobs.example.de/job/41963",
             "Vollzeit · Homeoffice anteilig"),
        ], "Tipp der Woche: Eine Absage ist kein Urteil über dich – frag nach Feedback und bewirb dich weiter!<br>"
           + a("https://praxisjobs.example.de/suchauftrag/8c1f2e", "Suchauftrag bearbeiten") + " · "
           + a("https://praxisjobs.example.de/abmelden?t=8c1f2e", "Abmelden")),
    ),
    dict(
        kind="other", slug="zfa_karrierebrief_absagen", lang="de", company="", contact="",
        frm=("ZFA-Karrierebrief", "redaktion@zfa-karriere.example.de"),
        subject="Karrierebrief 03/2026: Absage erhalten – und jetzt?",
        date="2026-03-05 07:30 +0100",
        headers=[("List-Id", "<karrierebrief.zfa-karriere.example.de>"),
                 ("List-Unsubscribe", "<https://zfa-karriere.example.de/newsletter/abmelden?id=55102>"),
                 ("Precedence", "list")],
        text="""ZFA-Karrierebrief · Ausgabe 03/2026

ABSAGE ERHALTEN – UND JETZT?
„Leider müssen wir Ihnen mitteilen …“ – diesen Satz liest fast jede Bewerberin irgendwann.
Unsere Redaktion hat mit drei Praxismanagerinnen gesprochen, die nach mehreren Absagen
ihren Traumjob gefunden haben. Ihr wichtigster Rat: Absagen nicht persönlich nehmen,
um ein kurzes Feedbackgespräch bitten und die eigenen Unterlagen gezielt nachschärfen.
Weiterlesen: https://zfa-karriere.example.de/artikel/absage-und-jetzt

AUS DER PRAXIS
* Vom Empfang ins Management: Wie Sie Führungserfahrung sichtbar machen
  https://zfa-karriere.example.de/artikel/fuehrung-sichtbar
* Gehaltsreport 2026: Was Praxismanagerinnen in Sachsen verdienen
  https://zfa-karriere.example.de/artikel/gehaltsreport-2026
* Checkliste: Die 12 häufigsten Fragen im Vorstellungsgespräch
  https://zfa-karriere.example.de/artikel/12-fragen

TERMINE
Online-Seminar „Praxismanagement kompakt“, 19. März 2026, 18:00 Uhr
https://zfa-karriere.example.de/seminare/2026-03-19

Sie erhalten diesen Newsletter, weil Sie ihn auf zfa-karriere.example.de abonniert haben.
Abmelden: https://zfa-karriere.example.de/newsletter/abmelden?id=55102""",
    ),
    dict(
        kind="other", slug="ratgeber_vorstellungsgespraech_html", lang="de", company="", contact="",
        frm=("jobwelt.example Ratgeber", "ratgeber@jobwelt.example.de"),
        subject="So überzeugen Sie im Vorstellungsgespräch als Quereinsteigerin",
        subj_enc="utf-8/B",
        date="2026-04-16 17:00 +0200",
        headers=[("List-Id", "jobwelt Ratgeber <ratgeber.jobwelt.example.de>"),
                 ("List-Unsubscribe", "<https://jobwelt.example.de/u/ratgeber/77aa01>"),
                 (UNSUB, "List-Unsubscribe=One-Click")],
        cte="base64",
        html=simple_html("""<h2>So überzeugen Sie im Vorstellungsgespräch als Quereinsteigerin</h2>
<p>Der Wechsel vom Behandlungsstuhl ins Praxismanagement ist beliebt – und Personalverantwortliche
wissen das. Im Vorstellungsgespräch kommt es deshalb darauf an, Ihre Erfahrung aus der Assistenz
in die Sprache des Managements zu übersetzen.</p>
<ol>
<li><b>Zahlen statt Adjektive:</b> „Ich habe die Ausfallquote im Recall von 18 auf 9 Prozent gesenkt“ wirkt stärker als „ich bin organisiert“.</li>
<li><b>Konflikte erzählen:</b> Bereiten Sie eine Situation vor, in der Sie zwischen Team und Praxisinhaber vermittelt haben.</li>
<li><b>Fragen stellen:</b> Wer nach Budget, Kennzahlen und Entscheidungswegen fragt, zeigt Managementdenken.</li>
<li><b>Absagen nutzen:</b> Bitten Sie nach einer Absage um zwei Sätze Feedback – die meisten Praxen antworten.</li>
</ol>
<p><a href="https://jobwelt.example.de/ratgeber/quereinstieg-praxismanagement">Ganzen Artikel lesen</a> ·
<a href="https://jobwelt.example.de/ratgeber">Alle Ratgeber</a> ·
<a href="https://jobwelt.example.de/u/ratgeber/77aa01">Newsletter abbestellen</a></p>
<p style="font-size:11px;color:#888">jobwelt.example · Karl-Heine-Straße 9 · 04229 Leipzig</p>"""),
    ),
    dict(
        kind="other", slug="eigene_danke_zahnwerk", lang="de", company="", contact="",
        key="zw_thanks", reply="zw_move",
        frm=CAND, to=[("Annika Brückner", "A.Brueckner@zahnwerk.example.de")],
        cc=[("Dr. Jens Osterloh", "j.osterloh@zahnwerk.example.de")],
        subject="Danke für das Gespräch am 26.02.",
        date="2026-02-26 19:15 +0100",
        text=ZAHNWERK_THANKS,
    ),
    dict(
        kind="other", slug="eigene_bewerbung_wenzel_pdf", lang="de", company="", contact="",
        key="we_app",
        frm=CAND, to=[("Praxis Dr. Wenzel", "u.wenzel@zahnarzt-wenzel.example.de")],
        subject="Bewerbung als Praxismanagerin – Henrike Sall-Domínguez",
        date="2026-01-07 20:48 +0100",
        text=f"""Sehr geehrte Frau Dr. Wenzel,

auf Ihrer Praxiswebsite habe ich gelesen, dass Sie eine Praxismanagerin für Ihre Praxis
in Halle suchen. Seit neun Jahren arbeite ich als Zahnmedizinische Fachangestellte, davon
vier Jahre mit Verantwortung für Abrechnung, QM und Dienstplanung.

Im Anhang finden Sie meinen Lebenslauf und meine Zeugnisse. Über die Einladung zu einem
persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
{SIG_DE}""",
        pdf=[("Lebenslauf_Sall-Domínguez.pdf", "Lebenslauf Henrike Sall-Domínguez",
              ["Zahnmedizinische Fachangestellte, Leipzig", "",
               "2017-heute  ZFA, Zahnarztpraxis Dr. Brandis, Leipzig",
               "2021-heute  Verantwortlich für Abrechnung (BEMA/GOZ) und QM",
               "2024        Fortbildung Praxismanagement (ZMV-Modul 1)",
               "Sprachen: Deutsch, Spanisch, Englisch (C1), Französisch (B2)"])],
    ),
    dict(
        kind="other", slug="eigene_bitte_verschieben_auenwald", lang="de", company="", contact="",
        key="au_req", reply="au_inv",
        frm=CAND, to=[("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de")],
        subject="AW: Einladung: Gespräch Praxismanagement MVZ Auenwald",
        date="2026-04-02 07:48 +0200",
        text="""Liebe Frau Dr. Oswald,

vielen Dank für die Einladung! Leider habe ich am 9. April eine Prüfungsaufsicht in
meiner Fortbildung, die ich nicht tauschen kann. Wäre es möglich, das Gespräch in die
Woche danach zu verschieben? Dienstag oder Mittwoch vormittags könnte ich gut.

Entschuldigen Sie die Umstände und herzliche Grüße
Henrike Sall-Domínguez

""" + reply_block("Am 01.04.2026 um 09:12 schrieb Dr. Katrin Oswald <K.Oswald@mvz-auenwald.example.de>:",
                  """Guten Morgen Frau Sall-Domínguez,

wie gestern telefonisch angekündigt, schicke ich Ihnen die Einladung für das Gespräch mit
unserem Leitungsteam. [...]

Donnerstag, 9. April 2026, 14:00–15:00 Uhr
MVZ Auenwald, Waldstraße 12, 04105 Leipzig, Besprechungsraum 1"""),
    ),
    dict(
        kind="other", slug="eigene_danke_auenwald", lang="de", company="", contact="",
        key="au_thanks", reply="au_move",
        frm=CAND, to=[("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de")],
        subject="Vielen Dank für das Gespräch",
        date="2026-04-14 18:02 +0200",
        text=AUENWALD_THANKS,
    ),
    dict(
        kind="other", slug="freundin_eigene_absage", lang="de", company="", contact="",
        frm=("Lotte Brenner", "lotte.brenner@posteo.example.de"),
        subject="Na toll… Absage von der Uniklinik",
        date="2026-02-14 21:37 +0100", cs="windows-1252",
        text="""Hey Henri,

stell dir vor, heute kam die Absage von der Uniklinik – die Stelle in der Kieferchirurgie
hat jemand aus dem eigenen Haus bekommen. Drei Gesprächsrunden, Probearbeiten, alles…
und dann zwei Sätze per Mail. Ich bin echt geknickt.

Wie läuft's bei dir? Hattest du nicht nächste Woche das Gespräch bei diesem Zahnwerk?
Drück dir die Daumen, dass es bei dir besser läuft!

Lass uns Samstag auf einen Kaffee, ja? Ich brauch Ablenkung.

Lotte""",
    ),
    dict(
        kind="other", slug="paket_verspaetet_leider", lang="de", company="", contact="",
        frm=("Paketblitz Sendungsverfolgung", "no-reply@paketblitz.example.de"),
        subject="Ihre Sendung 00340 4317 2291 verspätet sich leider",
        date="2026-05-22 15:12 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4317 2291 (Absender: Dentalversand
Schmidtke). Aufgrund eines hohen Sendungsaufkommens im Verteilzentrum Radefeld kann die
Sendung nicht wie angekündigt heute zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Dienstag, 26.05.2026, zwischen 10:00 und 14:00 Uhr.

Aktuelle Position Ihrer Sendung: Verteilzentrum Radefeld (Stand 14:58 Uhr)
Sendung verfolgen: https://paketblitz.example.de/track/003404317229

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht darauf.""",
    ),
    dict(
        kind="other", slug="bank_depotposition", lang="de", company="", contact="",
        frm=("Pleißebank Online-Banking", "service@pleissebank.example.de"),
        frm_enc="iso-8859-1/B",
        subject="Ihre Depotposition wurde angepasst – Mitteilung zu Ihrem Wertpapierdepot",
        date="2026-06-03 06:45 +0200", cs="iso-8859-1",
        text="""Sehr geehrte Frau Sall-Domínguez,

in Ihrem Depot 4411 2087 wurde folgende Position verändert:

Position: MSCI World ETF (Ausschüttend)
Vorgang: Sparplanausführung vom 02.06.2026
Stück: 1,7342 | Kurs: 97,21 EUR | Gegenwert: 168,58 EUR

Ihren vollständigen Depotauszug finden Sie im Online-Banking im Postfach.

Möchten Sie einen persönlichen Beratungstermin zu Ihrer Altersvorsorge vereinbaren?
Ihre Beraterin Frau Neubert ist unter 0341 555 90 12 erreichbar.

Mit freundlichen Grüßen
Ihre Pleißebank

Diese Nachricht wurde automatisch erstellt.""",
    ),
    dict(
        kind="other", slug="hausverwaltung_termin_abgesagt", lang="de", company="", contact="",
        frm=("Wohnbau Connewitz Hausverwaltung", "verwaltung@wohnbau-connewitz.example.de"),
        subject="Absage Termin Rauchwarnmelderwartung / neuer Termin",
        date="2026-07-01 11:30 +0200",
        text="""Sehr geehrte Mieterinnen und Mieter des Hauses Gohliser Straße 18,

der für Donnerstag, 02.07.2026, angekündigte Termin zur Wartung der Rauchwarnmelder muss
leider abgesagt werden, da der Techniker erkrankt ist.

Der neue Termin ist Dienstag, 14.07.2026, zwischen 8:00 und 12:00 Uhr. Sollten Sie zu
diesem Zeitpunkt nicht anwesend sein können, hinterlegen Sie bitte einen Schlüssel bei
Ihren Nachbarn oder vereinbaren Sie einen Ersatztermin unter 0341 555 77 30.

Die Stelle im Treppenhaus (2. OG), an der die Wand feucht ist, sehen wir uns bei der
Gelegenheit ebenfalls an.

Mit freundlichen Grüßen
Ihre Hausverwaltung Wohnbau Connewitz
Bornaische Straße 120, 04277 Leipzig""",
    ),
    dict(
        kind="other", slug="schule_elternsprechtag", lang="de", company="", contact="",
        frm=("Sekretariat Grundschule am Auensee", "sekretariat@gs-auensee.example.de"),
        subject="Einladung zum Elternsprechtag am 12. November",
        date="2026-10-20 13:05 +0200",
        text="""Liebe Eltern der Klasse 3b,

hiermit laden wir Sie herzlich zum Elternsprechtag am Donnerstag, 12. November 2026,
von 15:00 bis 19:00 Uhr ein. Die Gespräche mit den Klassen- und Fachlehrkräften dauern
jeweils zehn Minuten.

Bitte tragen Sie sich bis zum 6. November über das Elternportal für einen Gesprächstermin
ein: https://elternportal.gs-auensee.example.de/sprechtag

Sollten Sie verhindert sein, vereinbaren Sie gern einen Einzeltermin mit Frau Kuhnert.

Mit freundlichen Grüßen
Schulleitung und Sekretariat
Grundschule am Auensee, Leipzig""",
    ),
    dict(
        kind="other", slug="hausarzt_termin_verschoben", lang="de", company="", contact="",
        frm=("Hausarztpraxis Dr. Seidel – Terminservice", "termine@hausarzt-seidel.example.de"),
        subject="Ihr Termin am 18.08. wurde verschoben",
        date="2026-08-13 16:21 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Frau Sall-Domínguez,

Ihr Termin zur Gesundheitsuntersuchung (Check-up) am Dienstag, 18.08.2026 um 08:15 Uhr
musste leider verschoben werden, da Frau Dr. Seidel an diesem Tag eine Fortbildung hat.

Neuer Termin: Donnerstag, 20.08.2026, 07:45 Uhr
Bitte kommen Sie nüchtern und bringen Sie Ihre Versichertenkarte mit.

Passt Ihnen der neue Termin nicht, können Sie ihn online ändern:
https://termine.hausarzt-seidel.example.de/aendern/7Q2K

Ihre Hausarztpraxis Dr. med. Antje Seidel
Georg-Schumann-Straße 131, 04155 Leipzig""",
    ),
    dict(
        kind="other", slug="abwesenheit_zahnwerk", lang="de", company="", contact="",
        key="zw_ooo", reply="zw_thanks",
        frm=("Annika Brückner", "A.Brueckner@zahnwerk.example.de"),
        subject="Automatische Antwort: Danke für das Gespräch am 26.02.",
        date="2026-02-26 19:16 +0100",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. März 2026 nicht im Büro und habe nur eingeschränkt Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden
Bewerbungsangelegenheiten wenden Sie sich bitte an karriere@zahnwerk.example.de.

Freundliche Grüße
Annika Brückner""",
    ),
    dict(
        kind="other", slug="berufsnetz_benachrichtigung", lang="de", company="", contact="",
        frm=("BerufsNetz", "benachrichtigungen@berufsnetz.example.de"),
        subject="Henrike, Sie wurden diese Woche in 14 Suchen gefunden",
        date="2026-05-25 08:00 +0200",
        headers=[("List-Unsubscribe", "<https://berufsnetz.example.de/einstellungen/mail?u=hsd>"),
                 ("Precedence", "bulk")],
        text="""Hallo Henrike,

Ihr Profil war diese Woche gefragt:
* 14 Mal in Suchen gefunden (+6 gegenüber Vorwoche)
* 3 Recruiter*innen haben Ihr Profil angesehen, u. a. aus der Branche Gesundheitswesen
* 2 neue Kontaktanfragen

Jobs, die zu Ihnen passen könnten:
Praxismanagerin · Dentalzentrum Lindenau · Leipzig – https://berufsnetz.example.de/jobs/882014
Teamleitung Patientenservice · Klinikverbund Westsachsen · Zwickau – https://berufsnetz.example.de/jobs/882101

Ihre Einstellungen: https://berufsnetz.example.de/einstellungen/mail?u=hsd
BerufsNetz, Leipzig""",
        html=simple_html("""<p>Hallo Henrike,</p>
<p>Ihr Profil war diese Woche gefragt:</p>
<ul><li><b>14</b> Mal in Suchen gefunden (+6 gegenüber Vorwoche)</li>
<li><b>3</b> Recruiter*innen haben Ihr Profil angesehen, u. a. aus der Branche Gesundheitswesen</li>
<li><b>2</b> neue Kontaktanfragen</li></ul>
<p>Jobs, die zu Ihnen passen könnten:</p>
<p><a href="https://berufsnetz.example.de/jobs/882014">Praxismanagerin · Dentalzentrum Lindenau · Leipzig</a><br>
<a href="https://berufsnetz.example.de/jobs/882101">Teamleitung Patientenservice · Klinikverbund Westsachsen · Zwickau</a></p>
<p style="font-size:11px"><a href="https://berufsnetz.example.de/einstellungen/mail?u=hsd">Ihre Einstellungen</a> · BerufsNetz, Leipzig</p>"""),
    ),
    dict(
        kind="other", slug="hochschule_zulassung_abgelehnt", lang="de", company="", contact="",
        frm=("Hochschule Mittweida-Leipzig Studierendensekretariat", "zulassung@hs-mittelsachsen.example.de"),
        subject="Ablehnungsbescheid: Bachelor Gesundheitsmanagement (berufsbegleitend)",
        subj_enc="iso-8859-1/Q",
        date="2026-08-07 10:20 +0200", cs="iso-8859-1",
        text="""Sehr geehrte Frau Sall-Domínguez,

Ihr Antrag auf Zulassung zum berufsbegleitenden Bachelorstudiengang Gesundheitsmanagement
zum Wintersemester 2026/27 wurde geprüft. Leider können wir Ihnen keinen Studienplatz
anbieten, da die Zahl der Bewerbungen die Zahl der verfügbaren Plätze deutlich überstieg
und Ihr Rangplatz (Nr. 87, Auswahlgrenze Nr. 60) nicht ausreichte.

Den rechtsmittelfähigen Bescheid finden Sie in Ihrem Bewerbungsportal. Gegen diesen Bescheid
kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Sie können sich zum Sommersemester 2027 erneut bewerben.

Mit freundlichen Grüßen
Studierendensekretariat""",
    ),
    dict(
        kind="other", slug="kessler_vogt_direktansprache", lang="de", company="", contact="",
        key="kv_cold",
        frm=("Regula Kessler", "r.kessler@kessler-vogt.example.ch"),
        subject="Vertrauliche Anfrage – Führungsrolle Zahnmedizin in Zürich",
        date="2026-06-29 08:55 +0200", cs="windows-1252",
        text="""Guten Tag Frau Sall-Domínguez

Ich bin auf Ihr Profil gestossen und melde mich mit einer vertraulichen Anfrage. Wir
begleiten derzeit mehrere Zahnmedizin-Gruppen in der Deutschschweiz beim Aufbau ihres
Praxismanagements. Ihre Kombination aus Assistenz-, Abrechnungs- und QM-Erfahrung sowie
Ihre Sprachkenntnisse fallen auf.

Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch über Ihre
beruflichen Pläne? Eine konkrete Position kann ich Ihnen heute noch nicht nennen.

Freundliche Grüsse

Regula Kessler
Partnerin
Kessler & Vogt Healthcare Search AG
Bahnhofstrasse 52, 8001 Zürich
+41 44 555 12 40

Diese Nachricht ist vertraulich und ausschliesslich für die adressierte Person bestimmt.""",
    ),
    dict(
        kind="other", slug="podcast_interviewanfrage", lang="de", company="", contact="",
        frm=("Podcast Praxisflüstern", "redaktion@praxisfluestern.example.de"),
        subject="Interviewanfrage: Folge über ZFA, die ins Management wechseln",
        date="2026-06-11 14:40 +0200",
        text="""Liebe Frau Sall-Domínguez,

wir produzieren den Podcast „Praxisflüstern“ rund um den Alltag in Zahnarztpraxen
(ca. 8.000 Hörerinnen und Hörer pro Folge). Über den Karrierebrief sind wir auf Ihren
Gastbeitrag zum Recall-Management gestoßen.

Hätten Sie Lust, uns für eine Folge ein Interview zu geben? Das Gespräch würden wir im
Juli per Video aufzeichnen, Dauer etwa 45 Minuten, Schnitt übernehmen wir. Ein Honorar
können wir leider nicht zahlen, aber wir verlinken gern Ihr Profil.

Wir freuen uns auf Ihre Antwort!
Ramona Keil & Tim Vogler
Praxisflüstern – der Podcast fürs Praxisteam""",
    ),
    dict(
        kind="other", slug="nutzerinterview_jobapp", lang="de", company="", contact="",
        frm=("Team Stellenwerk App", "research@stellenwerk-app.example.de"),
        subject="30 Minuten Nutzerinterview? Als Dankeschön gibt's 30 € Gutschein",
        date="2026-03-18 12:00 +0100",
        headers=[("List-Unsubscribe", "<https://stellenwerk-app.example.de/research/optout?u=4471>")],
        text="""Hallo Henrike,

du nutzt Stellenwerk seit einigen Monaten für deine Jobsuche – danke dafür! Wir möchten
die App verbessern und suchen Menschen, die uns in einem 30-minütigen Nutzerinterview
erzählen, wie sie Bewerbungen organisieren und wie es sich anfühlt, auf Antworten zu warten.

Das Interview findet per Video statt, es gibt keine richtigen oder falschen Antworten.
Als Dankeschön erhältst du einen Gutschein über 30 €.

Hier kannst du dir einen Termin aussuchen: https://stellenwerk-app.example.de/research/slots

Danke und viele Grüße
Selin aus dem Research-Team

Keine Einladungen mehr: https://stellenwerk-app.example.de/research/optout?u=4471""",
    ),
    dict(
        kind="other", slug="fahrradtracker_position", lang="de", company="", contact="",
        frm=("Velotrack", "alarm@velotrack.example.de"),
        subject="Neue Position Ihres Fahrrads erkannt",
        date="2026-09-19 23:41 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bewegungsalarm für „Henrikes Stadtrad“

Ihr Tracker meldet eine neue Position:
51.3621° N, 12.3577° E – Nähe Gohliser Straße, Leipzig
Genauigkeit: ± 12 m · Zeit: 23:39 Uhr · Akku: 41 %

Wenn Sie Ihr Rad gerade nicht selbst bewegen, öffnen Sie die App und aktivieren Sie den
Diebstahlmodus: https://app.velotrack.example.de/geraet/VT-22871

Velotrack – Ihr Fahrrad immer im Blick""",
    ),
    dict(
        kind="other", slug="praxispersonal_newsletter", lang="de", company="", contact="",
        frm=("Praxispersonal Plus", "newsletter@praxispersonal-plus.example.de"),
        subject="Stellen des Monats & 5 Tipps für Ihr nächstes Vorstellungsgespräch",
        date="2026-05-04 09:00 +0200",
        headers=[("List-Id", "Praxispersonal Plus Kandidaten-News <kandidaten.praxispersonal-plus.example.de>"),
                 ("List-Unsubscribe", "<mailto:abmelden@praxispersonal-plus.example.de>, "
                                      "<https://praxispersonal-plus.example.de/news/abmelden?k=99321>"),
                 ("Precedence", "bulk")],
        text="""Kandidaten-News Mai 2026

Liebe Kandidatinnen und Kandidaten,

der Frühling bringt Bewegung in den Markt: Allein in Sachsen und Berlin haben wir in diesem
Monat 23 neue Positionen im Praxis- und Klinikmanagement zu vergeben.

STELLEN DES MONATS
""" + items_text([
            ("Praxismanagerin (m/w/d) – Kieferorthopädie, Dresden-Neustadt",
             "https://praxispersonal-plus.example.de/jobs/pp-2611", "Vollzeit · Start Juli · Gespräche ab KW 21"),
            ("Teamleitung Empfang – MVZ, Berlin-Pankow", "https://praxispersonal-plus.example.de/jobs/pp-2617",
             "Vollzeit · 30 Tage Urlaub"),
            ("Abrechnungsleitung – Zahnarztpraxis, Leipzig-Schleußig",
             "https://praxispersonal-plus.example.de/jobs/pp-2620", "Teilzeit möglich"),
        ]) + """

5 TIPPS FÜR IHR NÄCHSTES VORSTELLUNGSGESPRÄCH
1. Informieren Sie sich über Praxisschwerpunkte und Software.
2. Bereiten Sie zwei Beispiele für schwierige Patientensituationen vor.
3. Fragen Sie aktiv nach der Einarbeitung.
4. Nach dem Gespräch: eine kurze Dankesmail schreiben.
5. Und falls eine Absage kommt – melden Sie sich bei uns, wir finden die nächste Chance.

Ihr Team von Praxispersonal Plus
Abmelden: https://praxispersonal-plus.example.de/news/abmelden?k=99321""",
    ),
    dict(
        kind="other", slug="eigene_zusage_termin_praxispersonal", lang="de", company="", contact="",
        key="pp_ok", reply="pp_inv",
        frm=CAND, to=[("Nadine Fuchs | Praxispersonal Plus", "n.fuchs@praxispersonal-plus.example.de")],
        subject="Re: Vorstellungstermin bei Spreedent Zahnmedizin (Berlin-Mitte)",
        date="2026-03-23 20:11 +0100",
        text="""Liebe Frau Fuchs,

super, das freut mich sehr! Der 31. März um 11 Uhr passt, ich habe mir den Tag schon
freigenommen.

Viele Grüße
Henrike Sall-Domínguez

""" + reply_block("Am Mo., 23. März 2026 um 15:00 Uhr schrieb Nadine Fuchs | Praxispersonal Plus <n.fuchs@praxispersonal-plus.example.de>:",
                  """Liebe Frau Sall-Domínguez,

gute Nachrichten: Spreedent Zahnmedizin hat sich Ihr Profil angesehen und möchte Sie gern
persönlich kennenlernen. Ich habe folgenden Termin für Sie reserviert:

Dienstag, 31. März 2026, 11:00 Uhr
Spreedent Zahnmedizin, Standort Mitte, Invalidenstraße 90, 10115 Berlin"""),
    ),
    dict(
        kind="other", slug="ihk_lehrgang_ausgebucht", lang="de", company="", contact="",
        frm=("IHK-Bildungszentrum Leipzig", "weiterbildung@ihk-bz-leipzig.example.de"),
        subject="Ihre Anmeldung: Lehrgang „Geprüfte Praxismanagerin“ – leider ausgebucht",
        date="2026-01-22 11:48 +0100", cs="windows-1252",
        text="""Sehr geehrte Frau Sall-Domínguez,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang „Geprüfte Praxismanagerin“
(Start 2. März 2026). Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits
ausgebucht ist und wir Ihre Anmeldung nicht berücksichtigen können.

Wir haben Sie auf die Warteliste (Platz 4) gesetzt. Der nächste Durchgang beginnt
voraussichtlich im September 2026 – auf Wunsch reservieren wir Ihnen dort einen Platz.

Mit freundlichen Grüßen
Ihr IHK-Bildungszentrum Leipzig
Weiterbildung Gesundheitswirtschaft""",
    ),
    dict(
        kind="other", slug="abwesenheit_landesagentur", lang="de", company="", contact="",
        key="la_ooo", irt=["<20260716080100.la-feedback@mail.example.de>"],
        frm=("Haack, Gerlinde", "g.haack@lagb-sachsen-anhalt.example.de"),
        subject="Abwesenheitsnotiz: Rückfrage zum Verfahren 14/2026",
        subj_enc="iso-8859-1/B",
        date="2026-07-16 08:03 +0200", cs="iso-8859-1", cte="8bit",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Sehr geehrte Damen und Herren,

ich bin vom 13.07. bis einschließlich 31.07.2026 nicht im Dienst. Ihre E-Mail wird nicht
automatisch weitergeleitet. In Personalangelegenheiten wenden Sie sich bitte an die
Personalstelle (personal@lagb-sachsen-anhalt.example.de, Tel. 0345 555 14 00).

Mit freundlichen Grüßen
Gerlinde Haack""",
    ),
    dict(
        kind="other", slug="bkk_karriere_newsletter", lang="de", company="", contact="",
        frm=("BKK Elster-Pleiße Karriere", "karriere-news@bkk-elster.example.de"),
        frm_enc="utf-8/B",
        subject="Karriere-News: Offene Stellen im Versichertenservice und Einblicke ins Auswahlverfahren",
        date="2026-02-20 10:00 +0100",
        headers=[("List-Id", "<karriere-news.bkk-elster.example.de>"),
                 ("List-Unsubscribe", "<https://bkk-elster.example.de/karriere/newsletter/abbestellen>"),
                 ("Precedence", "bulk")],
        html=newsletter_html("Karriere-News der BKK Elster-Pleiße", paras(
            """Liebe Interessierte,

wie läuft eigentlich ein Auswahlverfahren bei uns ab? Von der Eingangsbestätigung über das
strukturierte Interview bis zur Zusage erklären wir Schritt für Schritt, was Sie erwartet –
und warum wir jede Absage begründen."""), [
            ("So wählen wir aus: Ein Blick hinter die Kulissen", "https://bkk-elster.example.de/karriere/auswahl",
             "Interviewleitfaden, Bewertungsbogen und Feedback – transparent erklärt."),
            ("Sachbearbeitung Zahnersatz (m/w/d), Leipzig", "https://bkk-elster.example.de/karriere/stellen/2026-044",
             "Vollzeit oder Teilzeit, Bewerbungsschluss 15. März."),
            ("Teamleitung Leistungsmanagement (m/w/d), Halle", "https://bkk-elster.example.de/karriere/stellen/2026-051",
             "Führung von 9 Mitarbeitenden, mobiles Arbeiten möglich."),
            ("Ausbildung Sozialversicherungsfachangestellte 2026", "https://bkk-elster.example.de/karriere/ausbildung",
             "Noch Plätze frei in Leipzig und Dessau."),
        ], a("https://bkk-elster.example.de/karriere/newsletter/abbestellen", "Newsletter abbestellen")
           + " · BKK Elster-Pleiße · Könneritzstraße 40 · 04229 Leipzig"),
    ),
    dict(
        kind="other", slug="ex_kollegin_stelle_frei", lang="de", company="", contact="",
        frm=("Yvonne Straube", "yvonne.straube@web-mail.example.de"),
        subject="Bei uns wird was frei – wär das nix für dich?",
        date="2026-08-21 20:14 +0200",
        text="""Huhu Henrike,

lange nichts gehört! Ich wollte dir nur schnell sagen: Bei uns in der Praxis in Markkleeberg
hört die Praxismanagerin zum Jahresende auf (sie geht mit ihrem Mann nach Hamburg).
Offiziell ausgeschrieben ist die Stelle noch nicht, aber der Chef hat schon gefragt, ob wir
jemanden kennen. Ich musste sofort an dich denken!

Wenn du magst, gebe ich ihm deine Nummer – oder du schickst mir deinen Lebenslauf, dann lege
ich ihn ihm hin. Kein Stress, überleg's dir einfach.

Liebe Grüße und bis bald mal wieder
Yvonne""",
    ),
    dict(
        kind="other", slug="mutter_weitergeleitete_anzeige", lang="de", company="", contact="",
        frm=("Mercedes Domínguez Sall", "mercedes.sall@t-mail.example.de"),
        subject="WG: Stellenanzeige aus der LVZ",
        date="2026-04-25 09:31 +0200",
        text="""Hola cariño,

das hat Papa heute in der Zeitung gesehen, ich hab's dir abgetippt. Wäre das nicht was?
Ruf mal an, wenn du Zeit hast.

Besos, Mamá

""" + forwarded("de", "Gerd Sall <gerd.sall@t-mail.example.de>", "Sa., 25. Apr. 2026 um 08:55",
                "Stellenanzeige aus der LVZ", "Mercedes <mercedes.sall@t-mail.example.de>",
                """Die Gemeinschaftspraxis Dres. Hoyer & Tamm in Leipzig-Stötteritz sucht zum
1. Juli eine Praxismanagerin (m/w/d) in Voll- oder Teilzeit. Erfahrung in Abrechnung
und Personalführung erwünscht. Bewerbungen an praxis@hoyer-tamm.example.de.

Gerd"""),
    ),

    # ------------------------------------------------------------ English
    dict(
        kind="other", slug="linkup_weekly_searches", lang="en", company="", contact="",
        frm=("LinkUp", "notifications-noreply@linkup.example.com"),
        subject="Henrike, you appeared in 12 searches this week",
        date="2026-02-09 07:14 +0000", cte="base64",
        headers=[("List-Unsubscribe", "<https://www.linkup.example.com/e/unsub?m=weekly&u=hsd88>"),
                 (UNSUB, "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        text="""Your week on LinkUp

You appeared in 12 searches
Recruiters from Healthcare Services, Dental Practices and Hospitals found you.

Jobs you may be interested in:
- Practice Manager, Bright Arc Dental Europe, Prague (on-site)
  https://www.linkup.example.com/jobs/view/3390124
- Clinic Operations Lead, Kaju Health, Berlin (hybrid)
  https://www.linkup.example.com/jobs/view/3390877
- Patient Experience Manager, Lumen Orthodontics, Berlin
  https://www.linkup.example.com/jobs/view/3391002

See all: https://www.linkup.example.com/jobs/recommended
Unsubscribe: https://www.linkup.example.com/e/unsub?m=weekly&u=hsd88""",
        html=simple_html("""<h3>Your week on LinkUp</h3>
<p><b>You appeared in 12 searches</b><br>Recruiters from Healthcare Services, Dental Practices and Hospitals found you.</p>
<p>Jobs you may be interested in:</p>
<ul>
<li><a href="https://www.linkup.example.com/jobs/view/3390124">Practice Manager</a>, Bright Arc Dental Europe, Prague (on-site)</li>
<li><a href="https://www.linkup.example.com/jobs/view/3390877">Clinic Operations Lead</a>, Kaju Health, Berlin (hybrid)</li>
<li><a href="https://www.linkup.example.com/jobs/view/3391002">Patient Experience Manager</a>, Lumen Orthodontics, Berlin</li>
</ul>
<p><a href="https://www.linkup.example.com/jobs/recommended">See all</a> · <a href="https://www.linkup.example.com/e/unsub?m=weekly&amp;u=hsd88">Unsubscribe</a></p>""", "en"),
    ),
    dict(
        kind="other", slug="healthcare_jobs_europe_weekly", lang="en", company="", contact="",
        frm=("Healthcare Jobs Europe", "weekly@healthcarejobs-eu.example.com"),
        subject="This week: 41 practice-management roles, and what to do after a rejection",
        date="2026-06-12 06:30 +0000",
        headers=[("List-Id", "Healthcare Jobs Europe Weekly <weekly.healthcarejobs-eu.example.com>"),
                 ("List-Unsubscribe", "<https://healthcarejobs-eu.example.com/unsubscribe?k=a9b81c>"),
                 (UNSUB, "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        text="""HEALTHCARE JOBS EUROPE - WEEKLY

Rejected after the final interview? You're in good company. This week's feature collects
advice from eight hiring managers on asking for feedback, staying in touch and turning a
"no" into a referral: https://healthcarejobs-eu.example.com/read/after-the-no

NEW ROLES
""" + items_text([
            ("Dental Practice Manager - Prague 2", "https://healthcarejobs-eu.example.com/j/88120",
             "English-speaking team, interviews from 22 June"),
            ("Clinic Coordinator - Zurich", "https://healthcarejobs-eu.example.com/j/88133",
             "German C1, Swiss work permit sponsored"),
            ("Patient Services Lead - Vienna", "https://healthcarejobs-eu.example.com/j/88141",
             "Insurance background welcome"),
            ("Operations Manager, Dental Group - Valencia", "https://healthcarejobs-eu.example.com/j/88150",
             "Spanish and English required"),
            ("Head of Front Desk - Berlin Mitte", "https://healthcarejobs-eu.example.com/j/88162",
             "Start-up clinic, equity option"),
        ]) + """

Manage alerts: https://healthcarejobs-eu.example.com/alerts
Unsubscribe: https://healthcarejobs-eu.example.com/unsubscribe?k=a9b81c""",
    ),
    dict(
        kind="other", slug="career_advice_follow_up", lang="en", company="", contact="",
        frm=("The Practice Manager Digest", "digest@pm-digest.example.com"),
        subject="How (and when) to follow up after an interview",
        date="2026-07-23 12:00 +0100",
        headers=[("List-Id", "<digest.pm-digest.example.com>"),
                 ("List-Unsubscribe", "<mailto:leave-digest@pm-digest.example.com>")],
        text="""THE PRACTICE MANAGER DIGEST - Issue 112

HOW (AND WHEN) TO FOLLOW UP AFTER AN INTERVIEW

You've had the interview, sent your thank-you note, and now: silence. Should you chase?
Our rule of thumb: wait until the date the employer gave you, then send one short,
friendly follow-up. If you hear nothing after another week, one final note is fine -
after that, move on. A missing answer is frustrating, but it is rarely personal.

Three templates you can adapt:
https://pm-digest.example.com/112/follow-up-templates

ALSO IN THIS ISSUE
- Rescheduling an interview without burning bridges
- Why "unfortunately" emails are getting shorter
- Reader question: Should I accept a counter-offer?

You're receiving this because you subscribed at pm-digest.example.com.
To leave the list, write to leave-digest@pm-digest.example.com""",
    ),
    dict(
        kind="other", slug="podcast_chairside_stories", lang="en", company="", contact="",
        frm=("Chairside Stories Podcast", "bookings@chairsidestories.example.com"),
        subject="Interview request: Chairside Stories podcast",
        date="2026-09-29 15:05 +0100",
        text="""Hi Henrike,

I host Chairside Stories, a podcast about the people who keep dental clinics running.
A listener pointed us to your conference talk on multilingual front desks, and we'd love
to feature you.

Would you be up for an interview of about 40 minutes, recorded remotely in October?
We'd send questions in advance and you'd approve the edit before it goes out.

Cheers,
Fiona Gallagher
Host & Producer, Chairside Stories""",
    ),
    dict(
        kind="other", slug="user_research_jobboard", lang="en", company="", contact="",
        frm=("Talentry Research", "research@talentry.example.com"),
        subject="Join a 30-minute interview about your job search (EUR 25 voucher)",
        date="2026-04-08 10:00 +0000",
        headers=[("List-Unsubscribe", "<https://talentry.example.com/research/optout?c=71a>")],
        text="""Hi Henrike,

Our product team is researching how healthcare professionals search for jobs across
borders. We're inviting a small group of users to a 30-minute video interview.

What to expect: questions about how you find openings, apply, and keep track of
interviews and rejections. There are no wrong answers and we don't share anything with
employers. As a thank-you we'll send a EUR 25 voucher.

Book a slot: https://talentry.example.com/research/book?c=71a

Thanks,
Maya, UX Research at Talentry

Not interested? https://talentry.example.com/research/optout?c=71a""",
    ),
    dict(
        kind="other", slug="own_apology_missed_call_vltava", lang="en", company="", contact="",
        key="vl_sorry", reply="vl_missed",
        frm=CAND, to=[("Tereza Nováková", "tereza.novakova@vltavadental.example.cz")],
        subject="I'm so sorry about this morning",
        date="2026-01-20 12:05 +0100",
        text=VLTAVA_SORRY + """

""" + reply_block("On Tue, Jan 20, 2026 at 10:31 AM Tereza Nováková <tereza.novakova@vltavadental.example.cz> wrote:",
                  """Hi Henrike,

I tried calling you twice at 10:00 and then waited on the Teams link I'd sent as a
backup until 10:20, but couldn't reach you. I hope everything is OK.

If you're still interested, let me know and we'll find another time.

Best,
Tereza""") + "\n" + quote(VLTAVA_SCREEN, 2),
    ),
    dict(
        kind="other", slug="own_application_brightarc_pdf", lang="en", company="", contact="",
        key="ba_app",
        frm=CAND, to=[("Bright Arc Talent Team", "talent@brightarc.example.com")],
        subject="Application: Regional Practice Manager (Prague hub) - Henrike Sall-Domínguez",
        date="2026-08-12 21:30 +0200",
        text=f"""Dear Bright Arc Talent Team,

I'd like to apply for the Regional Practice Manager position at your Prague hub.

I've worked as a dental assistant in Leipzig for nine years, the last four with
responsibility for billing, quality management and staff rotas across two treatment
floors. I speak German, Spanish and English fluently and French at B2 level, and I'm
ready to relocate to Prague.

My CV is attached. I'd be glad to tell you more in an interview.

Kind regards,
{SIG_EN}""",
        pdf=[("CV_Henrike_Sall-Dominguez_EN.pdf", "CV - Henrike Sall-Domínguez",
              ["Dental assistant (ZFA), Leipzig", "",
               "2017-present  Dental assistant, Dr. Brandis dental practice, Leipzig",
               "2021-present  Billing (BEMA/GOZ), QM officer, rota planning",
               "Languages: German, Spanish (native), English C1, French B2"])],
    ),
    dict(
        kind="other", slug="ooo_brightbite_recruiter", lang="en", company="", contact="",
        key="bb_ooo", irt=["<20260526194000.bb-thanks@mail.example.de>"],
        frm=("Ondřej Malý", "ondrej.maly@brightbite.example.cz"),
        subject="Automatic reply: Thank you for today",
        date="2026-05-26 19:41 +0200",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I'm out of the office until Monday 1 June with limited access
to email. For urgent matters regarding interviews or candidate questions please contact
careers@brightbite.example.cz.

Best regards,
Ondřej Malý""",
    ),
    dict(
        kind="other", slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
        frm=("SwiftParcel", "updates@swiftparcel.example.com"),
        subject="Unfortunately your parcel is delayed",
        date="2026-10-02 09:12 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        html=simple_html("""<p>Hello Henrike,</p>
<p>Unfortunately your parcel <b>SP 7741 0093 2265</b> from <i>Prague Design Store</i> is delayed due to
a customs check. We're sorry for the inconvenience.</p>
<p><b>New estimated delivery:</b> Tuesday, 6 October<br>
<b>Current position:</b> Dresden hub (DE)</p>
<p><a href="https://swiftparcel.example.com/track/SP774100932265">Track your parcel</a></p>
<p style="font-size:11px;color:#888">This is an automated message - please don't reply.</p>""", "en"),
    ),
    dict(
        kind="other", slug="friend_rejected_prague", lang="en", company="", contact="",
        frm=("Markéta Svobodová", "marketa.svobodova@seznam.example.cz"),
        frm_enc="utf-8/B",
        subject="well, that's that",
        date="2026-03-19 22:10 +0100",
        text="""Hey Henrike,

just a quick vent: I got the rejection from the clinic in Karlín today. After two
interviews and a trial shift they said they "decided to go with a candidate with more
orthodontic experience". I really thought I had it.

Anyway - how's your search going? Did the Prague Smile people ever get back to you?
If you come to Prague for an interview, you're sleeping on my sofa, no discussion.

M.""",
    ),
    dict(
        kind="other", slug="halden_cold_approach", lang="en", company="", contact="",
        key="hs_cold",
        frm=("Oliver Brandt", "oliver.brandt@haldensearch.example.com"),
        subject="Practice management opportunities in Berlin",
        date="2026-09-22 11:40 +0200",
        text="""Hi Henrike,

I lead the healthcare desk at Halden Search Partners in Berlin. Your background - hands-on
dental assisting plus billing and QM ownership - is exactly what several of our clinic
clients are struggling to find.

I don't have a specific vacancy to pitch today, but I'd value a 15-minute intro call to
understand what you're looking for, so I can think of you when the right brief lands.

Would that be of interest?

Best,
Oliver Brandt
Principal, Halden Search Partners
Rosenthaler Straße 40, 10178 Berlin | +49 30 5550 8812""",
    ),
    dict(
        kind="other", slug="czech_course_no_place", lang="en", company="", contact="",
        frm=("Admissions - Prague Language Institute", "admissions@pli-praha.example.cz"),
        subject="Your application for the Czech Intensive Course (Summer 2026)",
        date="2026-05-14 13:30 +0200",
        text="""Dear Ms Sall-Domínguez,

Thank you for applying to the Czech Intensive Course (A1-A2, July 2026). We regret to
inform you that we are unable to offer you a place, as the course is fully subscribed.
Applications were considered in the order they were received.

You are welcome to apply for our autumn evening course, which starts on 5 October 2026.
Any fees you have paid will be refunded within 14 days.

Yours sincerely,
Admissions Office
Prague Language Institute""",
    ),
    dict(
        kind="other", slug="bank_video_appointment_cancelled", lang="en", company="", contact="",
        frm=("Quill Bank", "no-reply@quillbank.example.com"),
        subject="Your video appointment on 9 June has been cancelled",
        date="2026-06-05 17:45 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Henrike,

Your video appointment with our mortgage adviser on Tuesday 9 June at 18:00 has been
cancelled because your adviser is unavailable. We're sorry about that.

You can book a new appointment in the app under Help > Appointments, or reply to the
push notification we've sent to your phone.

Quill Bank""",
    ),
    dict(
        kind="other", slug="webinar_interview_masterclass", lang="en", company="", contact="",
        frm=("Dental Leaders Academy", "events@dentalleaders.example.com"),
        subject="Free webinar: Interview skills masterclass for aspiring practice managers",
        date="2026-02-26 08:00 +0000",
        headers=[("List-Id", "Dental Leaders Academy Events <events.dentalleaders.example.com>"),
                 ("List-Unsubscribe", "<https://dentalleaders.example.com/prefs?e=events>"),
                 ("Precedence", "bulk")],
        text="""Join us live on Thursday 12 March, 19:00 CET

INTERVIEW SKILLS MASTERCLASS
Panel interviews, trial days, assessment centres - what hiring managers actually look for,
how to answer "tell me about a conflict", and how to handle the dreaded "we've decided
not to proceed" call with grace.

Speakers: Dr. Anja Pohl (clinic owner, Munich), Sam Okoye (HR director, dental group)

Register (free): https://dentalleaders.example.com/webinars/interview-masterclass
Can't make it? Register anyway and we'll send the recording.

Manage preferences: https://dentalleaders.example.com/prefs?e=events""",
    ),

    # ------------------------------------------------------------ French
    dict(
        kind="other", slug="alerte_emploi_strasbourg", lang="fr", company="", contact="",
        frm=("Emploi Santé Grand Est", "alertes@emploisante-ge.example.fr"),
        subject="Alerte emploi : 5 nouvelles offres « responsable de cabinet dentaire »",
        date="2026-04-20 06:15 +0200",
        headers=[("List-Id", "Alertes Emploi Sante Grand Est <alertes.emploisante-ge.example.fr>"),
                 ("List-Unsubscribe", "<https://emploisante-ge.example.fr/desabonnement?a=5510>"),
                 (UNSUB, "List-Unsubscribe=One-Click")],
        text="""Bonjour,

Voici les nouvelles offres correspondant à votre alerte « responsable de cabinet dentaire –
Strasbourg (30 km) » :

""" + items_text([
            ("Responsable administrative – Centre dentaire, Strasbourg-Neudorf",
             "https://emploisante-ge.example.fr/offre/77120", "CDI · entretiens prévus fin avril"),
            ("Coordinatrice de centre de santé – Schiltigheim", "https://emploisante-ge.example.fr/offre/77131",
             "CDI · temps plein"),
            ("Office manager bilingue allemand – Kehl / Strasbourg", "https://emploisante-ge.example.fr/offre/77140",
             "CDI · poste transfrontalier"),
            ("Assistante de direction – Clinique, Illkirch", "https://emploisante-ge.example.fr/offre/77152",
             "CDD 12 mois"),
            ("Secrétaire médicale référente – Haguenau", "https://emploisante-ge.example.fr/offre/77166",
             "CDI · 4 jours/semaine"),
        ]) + """

Modifier mon alerte : https://emploisante-ge.example.fr/alertes
Se désabonner : https://emploisante-ge.example.fr/desabonnement?a=5510""",
    ),
    dict(
        kind="other", slug="merci_entretien_kleber", lang="fr", company="", contact="",
        key="kl_thanks",
        irt=["<20260522101500.kl-inv2@cd-kleber.example.fr>"],
        frm=CAND, to=[("Mathilde Weiss", "m.weiss@cd-kleber.example.fr")],
        cc=[("Dr Antoine Roth", "a.roth@cd-kleber.example.fr")],
        subject="Merci pour l'entretien de ce matin",
        date="2026-05-27 17:40 +0200",
        text=KLEBER_THANKS,
    ),
    dict(
        kind="other", slug="du_management_refus", lang="fr", company="", contact="",
        frm=("Faculté de chirurgie dentaire – Scolarité", "scolarite-du@odonto-unistra.example.fr"),
        subject="DU Management des structures de santé – résultat de votre candidature",
        date="2026-07-06 14:00 +0200", cs="iso-8859-1",
        text="""Madame,

Nous avons le regret de vous informer que votre candidature au diplôme universitaire
« Management des structures de santé » (promotion 2026-2027) n'a pas été retenue par la
commission pédagogique. Le nombre de places étant limité à 24, la commission a donné la
priorité aux candidats exerçant déjà des fonctions d'encadrement.

Vous pouvez présenter une nouvelle candidature lors de la prochaine campagne, ouverte en
mars 2027.

Veuillez agréer, Madame, nos salutations distinguées.

Le service de scolarité""",
    ),
    dict(
        kind="other", slug="demande_interview_presse", lang="fr", company="", contact="",
        frm=("Léa Morel – L'Écho dentaire", "lea.morel@echodentaire.example.fr"),
        subject="Demande d'interview pour L'Écho dentaire",
        date="2026-10-13 10:25 +0200",
        text="""Bonjour Madame Sall-Domínguez,

Je suis journaliste à L'Écho dentaire, le mensuel des équipes de cabinet. Nous préparons un
dossier sur les assistantes dentaires qui évoluent vers le management, en France et en
Allemagne, et votre parcours nous intéresserait beaucoup.

Accepteriez-vous de nous accorder une interview d'une trentaine de minutes par téléphone
dans les deux prochaines semaines ? L'article paraîtra dans le numéro de décembre.

Bien cordialement,
Léa Morel
Journaliste – L'Écho dentaire
01 55 50 62 18""",
    ),
    dict(
        kind="other", slug="reponse_absence_rhin_sante", lang="fr", company="", contact="",
        key="rs_ooo", irt=["<20260403091100.rs-followup@mail.example.de>"],
        frm=("Claire Schaller (Rhin Santé Conseil)", "c.schaller@rhin-sante.example.fr"),
        subject="Réponse automatique : absente du bureau",
        date="2026-04-03 09:12 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 13 avril inclus, sans accès à ma messagerie.
Pour toute question urgente concernant un entretien ou une candidature en cours, vous
pouvez joindre mon collègue Thomas Ehrhart (t.ehrhart@rhin-sante.example.fr).

Bien cordialement,
Claire Schaller""",
    ),

    # ------------------------------------------------------------ Spanish
    dict(
        kind="other", slug="alerta_empleo_valencia", lang="es", company="", contact="",
        frm=("EmpleoSalud Levante", "alertas@empleosalud.example.es"),
        subject="Nuevas ofertas: Gerente de clínica dental en Valencia",
        date="2026-08-26 07:00 +0200",
        headers=[("List-Id", "Alertas EmpleoSalud <alertas.empleosalud.example.es>"),
                 ("List-Unsubscribe", "<https://empleosalud.example.es/baja?al=30912>"),
                 (UNSUB, "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        text="""Hola Henrike:

Tenemos 4 ofertas nuevas para tu alerta «gerente clínica dental – Valencia»:

""" + items_text([
            ("Gerente de clínica – Clínica dental en Campanar", "https://empleosalud.example.es/oferta/51020",
             "Jornada completa · entrevistas la próxima semana"),
            ("Coordinadora de recepción – Policlínica en Benimaclet", "https://empleosalud.example.es/oferta/51033",
             "Contrato indefinido"),
            ("Responsable de operaciones – Grupo dental, Valencia y Castellón",
             "https://empleosalud.example.es/oferta/51047", "Coche de empresa"),
            ("Office manager con alemán – Clínica internacional, Alicante",
             "https://empleosalud.example.es/oferta/51052", "Alemán e inglés imprescindibles"),
        ]) + """

Gestionar alertas: https://empleosalud.example.es/alertas
Darse de baja: https://empleosalud.example.es/baja?al=30912""",
        html=newsletter_html("EmpleoSalud Levante", paras(
            "Hola Henrike:\n\nTenemos 4 ofertas nuevas para tu alerta «gerente clínica dental – Valencia»:"), [
            ("Gerente de clínica – Clínica dental en Campanar", "https://empleosalud.example.es/oferta/51020",
             "Jornada completa · entrevistas la próxima semana"),
            ("Coordinadora de recepción – Policlínica en Benimaclet", "https://empleosalud.example.es/oferta/51033",
             "Contrato indefinido"),
            ("Responsable de operaciones – Grupo dental, Valencia y Castellón",
             "https://empleosalud.example.es/oferta/51047", "Coche de empresa"),
            ("Office manager con alemán – Clínica internacional, Alicante",
             "https://empleosalud.example.es/oferta/51052", "Alemán e inglés imprescindibles"),
        ], a("https://empleosalud.example.es/alertas", "Gestionar alertas") + " · "
           + a("https://empleosalud.example.es/baja?al=30912", "Darse de baja"), color="#b5462b", lang="es"),
    ),
    dict(
        kind="other", slug="propia_mover_entrevista_ruzafa", lang="es", company="", contact="",
        key="ru_req", reply="ru_inv",
        frm=CAND, to=[("Marta Gil", "marta.gil@policlinicaruzafa.example.es")],
        subject="¿Podríamos mover la entrevista?",
        date="2026-10-06 22:31 +0200",
        text=f"""Hola Marta:

Muchas gracias por la invitación. El jueves 8 a las 17:00 tengo turno en la clínica hasta
tarde. ¿Podríamos mover la entrevista al viernes 9 o a la semana que viene?

Un saludo,
{SIG_ES}""",
    ),
    dict(
        kind="other", slug="consejos_errores_entrevista", lang="es", company="", contact="",
        frm=("Blog Carrera Sanitaria", "boletin@carrerasanitaria.example.es"),
        subject="Cinco errores que te pueden costar la entrevista de trabajo",
        date="2026-05-28 18:00 +0200",
        headers=[("List-Id", "<boletin.carrerasanitaria.example.es>"),
                 ("List-Unsubscribe", "<https://carrerasanitaria.example.es/baja?s=2207>")],
        cte="base64",
        text="""BOLETÍN CARRERA SANITARIA · Nº 48

CINCO ERRORES QUE TE PUEDEN COSTAR LA ENTREVISTA

1. Llegar sin saber qué especialidades ofrece la clínica.
2. Hablar mal de tu trabajo actual.
3. No preparar preguntas para el final.
4. Olvidar el seguimiento: un correo de agradecimiento marca la diferencia.
5. Tomarte el rechazo como algo personal. Si no te eligen, pide feedback y sigue adelante.

Lee el artículo completo: https://carrerasanitaria.example.es/blog/errores-entrevista

También esta semana: cómo negociar tu primera oferta como gerente y qué hacer si te
cancelan la entrevista en el último momento.

Darse de baja: https://carrerasanitaria.example.es/baja?s=2207""",
    ),
    dict(
        kind="other", slug="respuesta_automatica_sonrisa", lang="es", company="", contact="",
        key="sm_ooo", irt=["<20260911140100.sm-thanks@mail.example.de>"],
        frm=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
        subject="Respuesta automática: Gracias por la entrevista",
        date="2026-09-11 14:02 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 21 de septiembre. Durante mi ausencia, para
cualquier asunto de selección puedes escribir a seleccion@sonrisamed.example.es.

Un saludo,
Javier Navarro""",
    ),
    dict(
        kind="other", slug="prima_rechazo_clinica", lang="es", company="", contact="",
        frm=("Inés Domínguez", "ines.dominguez@correo.example.es"),
        subject="me han dicho que no 😩",
        subj_enc="utf-8/B",
        date="2026-07-02 23:15 +0200",
        text="""Prima!!

Me acaban de escribir de la clínica de Russafa: después de la segunda entrevista me dicen
que "han optado por un perfil con más experiencia en gestión". Qué rabia, de verdad, con lo
bien que me había ido.

Bueno, a seguir buscando. ¿Y lo tuyo qué tal? ¿Te vienes en agosto? La abuela pregunta
cada día por ti.

Besos,
Inés""",
    ),
    dict(
        kind="other", slug="reparto_posicion_repartidor", lang="es", company="", contact="",
        frm=("RápidoEnvío", "avisos@rapidoenvio.example.es"),
        subject="Tu pedido llega hoy: sigue la posición de tu repartidor",
        date="2026-08-14 11:02 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=simple_html("""<p>¡Hola!</p>
<p>Tu pedido <b>RE-88231-VLC</b> está en reparto y llegará hoy entre las 12:00 y las 14:00.</p>
<p>Tu repartidor, Andrés, se encuentra ahora a 6 paradas de tu dirección (Carrer de Sueca 31, València).</p>
<p><a href="https://rapidoenvio.example.es/seguimiento/RE-88231-VLC">Ver la posición en el mapa</a></p>
<p>Lamentablemente, si no estás en casa tendremos que dejarlo en el punto de recogida más cercano.</p>
<p style="font-size:11px;color:#888">Mensaje automático, no respondas a este correo.</p>""", "es"),
    ),
]
