"""Corpus 216, kind `rejection`: 31 hand-written messages (de 15, en 8, fr 4, es 4)."""

from msgs216_common import (
                            M,
                            ats_card,
                            esc,
                            mso,
                            outlook_block,
                            outlook_html,
                            paras,
                            pdf,
                            quote,
                            simple_html,
                            wrote,
)

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ German

add(M(
    id="sp-hallbach-rej", kind="rejection", slug="agency_relays_hallbach_no", lang="de",
    company="Hallbach Fahrzeugtechnik", contact="jana.roth@schwabenpersonal.example.de",
    frm=("Jana Roth", "jana.roth@schwabenpersonal.example.de"),
    subject="AW: Termin bei Hallbach heute 9 Uhr",
    date="2026-02-05 11:48 +0100", re="sp-hallbach-missed",
    cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Aubry,

ich habe heute noch einmal mit Frau Brenner aus der Personalabteilung von Hallbach telefoniert
und hätte Ihnen gern etwas anderes geschrieben: Hallbach wird das Verfahren mit Ihnen nicht
fortsetzen. Die Fachabteilung hat die Stelle in der Zwischenzeit an einen Bewerber gegeben, der
schon am Hochvolt-Prüfstand in Sindelfingen gearbeitet hat. Ein Ersatztermin kommt deshalb leider
nicht mehr zustande.

Ich bleibe für Sie dran – sobald ein Kunde im Raum Stuttgart wieder Prüftechniker sucht, melde
ich mich.

Viele Grüße
Jana Roth
Personaldisponentin
Schwabenpersonal GmbH · Heilbronner Straße 88 · 70191 Stuttgart
Tel. +49 711 5550 3120 · jana.roth@schwabenpersonal.example.de

""" + wrote("de", "Do., 29. Jan. 2026 um 09:41", "Jana Roth",
            "jana.roth@schwabenpersonal.example.de") + "\n" + quote("""Hallo Herr Kowalczyk-Aubry,

Frau Brenner von Hallbach hat mich eben angerufen: Sie waren heute um 9 Uhr nicht beim
Vorstellungsgespräch am Empfang in Weilimdorf, man hat eine Viertelstunde auf Sie gewartet.
Ist etwas passiert? Bitte rufen Sie mich kurz zurück.

Jana Roth""") + """

--
Schwabenpersonal GmbH · Sitz Stuttgart · Amtsgericht Stuttgart HRB 765432
Geschäftsführer: Rainer Kübler
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.""",
))

_mu_rej = """Sehr geehrter Herr Kowalczyk-Aubry,

herzlichen Dank, dass Sie sich am 6. Mai einen ganzen Tag Zeit für unser Assessment-Center in
Graz-Liebenau genommen haben.

Nach Auswertung aller Übungen und Gespräche sind wir zu dem Ergebnis gekommen, dass wir Ihre
Bewerbung als Prüfstandstechniker E-Antrieb (Ref. MA-2026-117) nicht weiterverfolgen. Die
Entscheidung ist uns bei der Qualität der Teilnehmenden nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Murtal Antriebe GmbH"""

add(M(
    id="mu-rej", kind="rejection", slug="murtal_after_assessment_ats", lang="de",
    company="Murtal Antriebe", contact="",
    frm=("Murtal Antriebe Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung bei Murtal Antriebe – Prüfstandstechniker E-Antrieb",
    subj_enc=("utf-8", "B"),
    date="2026-05-22 14:03 +0200",
    cte="base64",
    html=ats_card("Murtal Antriebe · Karriere", paras(_mu_rej),
                  "Murtal Antriebe GmbH · Puchstraße 51 · 8020 Graz · FN 334455 k<br>\n"
                  "Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse "
                  "werden nicht gelesen.", color="#7a1f2b"),
))

add(M(
    id="dt-rej", kind="rejection", slug="donautal_after_interview_quotes_thanks", lang="de",
    company="Donautal Batteriesysteme", contact="florian.hirschberger@donautal-batterie.example.de",
    frm=("Florian Hirschberger", "florian.hirschberger@donautal-batterie.example.de"),
    subject="AW: Danke für das Gespräch heute",
    date="2026-04-02 09:17 +0200", re="dt-thanks",
    charset="windows-1252", cte="quoted-printable",
    text="""Guten Morgen Herr Kowalczyk-Aubry,

vielen Dank für Ihre nette Nachricht nach unserem Gespräch – das hat uns gefreut.

Wir haben in dieser Woche alle Eindrücke im Team zusammengetragen. Am Ende ist die Wahl auf
einen Kandidaten gefallen, der bereits zwei Jahre Zyklentests an Modulen gefahren hat; diesen
Vorsprung konnten wir nicht ignorieren. Für die Stelle am Batterieprüfstand kommen Sie damit
leider nicht mehr in Frage.

Ihre Hochvolt-Qualifikation und Ihre Werkstatterfahrung sind trotzdem ein gutes Fundament. Wenn
Sie einverstanden sind, behalten wir Ihre Unterlagen für zwölf Monate in unserem Talentpool.

Freundliche Grüße aus Ingolstadt
Florian Hirschberger
Talent Acquisition
Donautal Batteriesysteme GmbH
Am Auwaldsee 7 · 85053 Ingolstadt
Telefon +49 841 5550 274

""" + wrote("de", "Mi., 25. März 2026 um 18:40", "Mathis Kowalczyk-Aubry",
            "mathis.ka@example.de") + "\n" + quote("""Sehr geehrter Herr Hirschberger,

herzlichen Dank für das offene Gespräch heute und die Führung durch die Prüfhalle. Der Rundgang
an den Klimakammern hat mir noch einmal gezeigt, wie gern ich in diesem Bereich arbeiten
möchte. Über eine Einladung in die nächste Runde würde ich mich sehr freuen.

Viele Grüße
Mathis Kowalczyk-Aubry"""),
))

add(M(
    id="sz-rej", kind="rejection", slug="schanzer_terse_human", lang="de",
    company="Schanzer Prüftechnik", contact="m.eberl@schanzer-pruef.example.de",
    frm=("Martin Eberl", "m.eberl@schanzer-pruef.example.de"),
    subject="AW: Vorstellungsgespräch 11.03.",
    date="2026-03-16 07:52 +0100", re="sz-inv",
    text="""Servus Herr Kowalczyk-Aubry,

kurz und ehrlich: Wir nehmen jemand anderen. Danke fürs Kommen letzte Woche.

Gruß
M. Eberl

--
Martin Eberl · Leiter Prüffeld
Schanzer Prüftechnik GmbH · Ettinger Str. 40 · 85057 Ingolstadt
Mobil +49 160 5550 8812""",
))

_fl_rej = """Sehr geehrter Herr Kowalczyk-Aubry,

wir möchten Sie offen über den Stand Ihrer Bewerbung als Techniker Zellprüfung (m/w/d)
informieren: Die Stelle ist nach einer Neuplanung unseres Laborbudgets bis auf Weiteres
eingefroren. Das Auswahlverfahren wird deshalb nicht fortgesetzt, und wir können Ihnen in
diesem Zusammenhang auch keinen weiteren Gesprächstermin anbieten.

Wir wissen, dass das nach Ihrem netten Telefonat mit Herrn Hummel unbefriedigend ist, und
bedanken uns für Ihre Geduld.

Mit freundlichen Grüßen
Prüflabor Filder GmbH
Personalabteilung"""

add(M(
    id="fl-hold", kind="rejection", slug="filder_role_frozen_softgarden", lang="de",
    company="Prüflabor Filder", contact="t.hummel@filderlab.example.de",
    frm=("Prüflabor Filder GmbH", "noreply@softgarden.io"),
    frm_enc=("iso-8859-1", "Q"),
    reply_to=("Tobias Hummel", "t.hummel@filderlab.example.de"),
    subject="Stand Ihrer Bewerbung: Techniker Zellpruefung (m/w/d)",
    date="2026-03-12 16:30 +0100",
    cte="quoted-printable",
    text=_fl_rej + """

--
Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht an Tobias Hummel.
Diese Nachricht wurde über softgarden versendet.""",
    html=ats_card("Prüflabor Filder", paras(_fl_rej),
                  "Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht an Tobias Hummel."
                  "<br>\nDiese Nachricht wurde über softgarden versendet.", color="#2e6b30"),
))

_wt_rej = """Grüß Gott Herr Kowalczyk-Aubry,

nochmal danke für das Gespräch am 20. April, auch im Namen von Herrn Brandl aus dem Prüffeld.

Wir haben uns in der Zwischenzeit dazu entschieden, die Versuchstechniker-Stelle mit einem
Kollegen aus unserer eigenen Fahrzeugwerkstatt zu besetzen, der seit letztem Jahr die HV-Schulung
bei uns durchlaufen hat. Für Sie haben wir damit leider keinen Platz mehr in diesem Verfahren.

Es war ein angenehmes Kennenlernen, und ich wünsche Ihnen viel Erfolg bei der weiteren Suche.

Beste Grüße
Anna Huber
HR Business Partner
Würmtal Testcenter GmbH
Lochhamer Schlag 21 · 82166 Gräfelfing
T +49 89 5550 4410"""

_wt_disc = """Würmtal Testcenter GmbH · Sitz Gräfelfing · Registergericht München HRB 298877
Geschäftsführung: Dr. Ulrike Sattler, Georg Pfanzelt
Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. Sollten Sie
diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und vernichten
Sie die Nachricht. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet."""

add(M(
    id="wt-rej", kind="rejection", slug="wuermtal_filled_internally_outlook", lang="de",
    company="Würmtal Testcenter", contact="anna.huber@wuermtal-test.example.de",
    frm=("Huber, Anna", "anna.huber@wuermtal-test.example.de"),
    subject="Rückmeldung zu Ihrer Bewerbung", subj_enc=("iso-8859-1", "Q"),
    date="2026-05-05 10:12 +0200", re="wt-move",
    cte="quoted-printable",
    text=_wt_rej + "\n\n" + _wt_disc,
    html=outlook_html(mso(_wt_rej) + '\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n'
                      '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">'
                      + esc(_wt_disc).replace("\n", "<br>\n") + '</span><o:p></o:p></p>'),
    headers=[("Thread-Topic", "Rueckmeldung zu Ihrer Bewerbung"),
             ("X-MS-Has-Attach", ""), ("Content-Language", "de-DE")],
))

_bds_rej = """Sehr geehrter Herr Kowalczyk-Aubry,

Sie haben sich für die Position Versuchsmechaniker Hochvolt (R-2026-0412) bei der Bavaria Drive
Systems AG in München beworben. Wir danken Ihnen für Ihr Interesse und die Zeit, die Sie
investiert haben.

Nach eingehender Prüfung bedauern wir, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung in
diesem Auswahlprozess nicht weiter berücksichtigen werden.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert. Neue Stellen können Sie dort
jederzeit abonnieren.

Mit freundlichen Grüßen
Talent Acquisition
Bavaria Drive Systems AG"""

add(M(
    id="bds-rej", kind="rejection", slug="bavaria_drive_workday_formal", lang="de",
    company="Bavaria Drive Systems", contact="",
    frm=("Bavaria Drive Systems", "bavariadrive@myworkday.com"),
    subject="Ihre Bewerbung R-2026-0412 – Versuchsmechaniker Hochvolt",
    subj_enc=("utf-8", "B"),
    date="2026-02-20 06:02 +0000",
    cte="base64",
    text=_bds_rej + "\n\nDies ist eine automatisch generierte Nachricht. Bitte antworten Sie "
                    "nicht auf diese E-Mail.",
    html=ats_card("Bavaria Drive Systems – Careers", paras(_bds_rej),
                  "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf "
                  "diese E-Mail.<br>\nPowered by Workday", color="#003a70"),
))

add(M(
    id="rh-rej", kind="rejection", slug="rheinau_closer_profiles_latin1", lang="de",
    company="Rheinau Energiespeicher", contact="claudia.fritsch@rheinau-speicher.example.de",
    frm=("Claudia Fritsch", "claudia.fritsch@rheinau-speicher.example.de"),
    subject="Ihre Bewerbung als Prüftechniker Großspeicher", subj_enc=("iso-8859-1", "Q"),
    date="2026-09-25 13:40 +0200", re="rh-move",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank für das Fachgespräch am 16. September bei uns in Karlsruhe-Rheinhafen.

In der Endauswahl lagen mehrere Profile vor, die unseren Anforderungen an die Inbetriebnahme
stationärer Großspeicher noch ein Stück genauer entsprechen, insbesondere beim Thema
Netzanschluss und Mittelspannung. Wir haben uns deshalb gegen eine Fortsetzung mit Ihnen
entschieden.

Ihr Wechsel aus der Kfz-Werkstatt in die Batterietechnik ist gut nachvollziehbar begründet, und
wir würden uns freuen, wenn Sie uns bei künftigen Ausschreibungen im Blick behalten.

Mit freundlichen Grüßen

Claudia Fritsch
Personalreferentin
Rheinau Energiespeicher GmbH
Fettweisstraße 12 · 76189 Karlsruhe
Tel.: 0721 5550 6630

Sitz der Gesellschaft: Karlsruhe · Amtsgericht Mannheim HRB 712345""",
))

add(M(
    id="fz-rej", kind="rejection", slug="faecherzell_casual_du", lang="de",
    company="Fächerzell", contact="jonas@faecherzell.example.de",
    frm=("Jonas Weigand", "jonas@faecherzell.example.de"),
    subject="Re: Kaffee am Donnerstag?",
    date="2026-05-08 21:14 +0200", re="fz-chat",
    text="""Hey Mathis,

ich mach's kurz, weil du eine klare Antwort verdient hast: Wir holen uns für die Testbank erst
mal jemanden, der schon mit unserem Zellformat gearbeitet hat. Mit dir wird's diesmal also
nichts – tut mir echt leid, der Nachmittag mit dir hat Spaß gemacht.

Wenn wir nächstes Jahr die zweite Linie aufbauen, frag ich dich als Ersten.

Cheers
Jonas

""" + wrote("de", "Mo., 27. Apr. 2026 um 17:05", "Jonas Weigand",
            "jonas@faecherzell.example.de") + "\n" + quote("""Hi Mathis,

hast du Donnerstag so gegen 15 Uhr Zeit auf einen Kaffee bei uns im Labor? Dann zeig ich dir die
Testbank und wir quatschen ein bisschen, ob das zu dir passt.

Jonas"""),
))

_spt_quote = outlook_block(
    "de", "Gruber Elisabeth <e.gruber@spt-graz.example.at>", "Montag, 15. Juni 2026 08:02",
    "Mathis Kowalczyk-Aubry <mathis.ka@example.de>",
    "Abgesagt: Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
    """Sehr geehrter Herr Kowalczyk-Aubry,

leider muss ich unser morgiges Teams-Interview absagen. Ich melde mich, sobald ich einen neuen
Termin vorschlagen kann.

Freundliche Grüße
Elisabeth Gruber""") + "\n\n" + outlook_block(
    "de", "Gruber Elisabeth <e.gruber@spt-graz.example.at>", "Dienstag, 9. Juni 2026 10:30",
    "Mathis Kowalczyk-Aubry <mathis.ka@example.de>",
    "Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
    """Sehr geehrter Herr Kowalczyk-Aubry,

wir laden Sie herzlich zu einem Interview über Microsoft Teams am 16. Juni um 9:00 Uhr ein.""")

add(M(
    id="spt-rej", kind="rejection", slug="spt_position_cancelled_outlook_chain", lang="de",
    company="Steirische Prüfstandtechnik", contact="e.gruber@spt-graz.example.at",
    frm=("Gruber Elisabeth", "e.gruber@spt-graz.example.at"),
    subject="AW: Abgesagt: Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
    subj_enc=("windows-1252", "Q"),
    date="2026-06-30 15:22 +0200", re="spt-cancel",
    charset="windows-1252", cte="8bit",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

wie angekündigt melde ich mich noch einmal bei Ihnen, allerdings nicht mit dem erhofften neuen
Termin. Die Geschäftsleitung hat die Stelle des Prüfstandtechnikers im Rahmen der
Halbjahresplanung gestrichen; das Projekt, für das wir Verstärkung gesucht haben, wird nicht vor
2027 starten. Wir können das Verfahren daher mit niemandem fortführen, auch nicht mit Ihnen.

Es tut mir leid, dass Sie so lange auf diese Nachricht warten mussten.

Freundliche Grüße
Elisabeth Gruber
Human Resources

Steirische Prüfstandtechnik GmbH
Grottenhofstraße 3, 8053 Graz, Österreich
T +43 316 5550 219 | e.gruber@spt-graz.example.at
FN 298765 w, Landesgericht für ZRS Graz

""" + _spt_quote,
))

add(M(
    id="kvs-rej", kind="rejection", slug="headhunter_unnamed_client_no", lang="de",
    company="Kessler & Voigt", contact="h.voigt@kessler-voigt.example.de",
    frm=("Dr. Hendrik Voigt", "h.voigt@kessler-voigt.example.de"),
    subject="Ihr Prozess bei unserem Mandanten in Ingolstadt",
    date="2026-08-05 18:05 +0200", re="kvs-move",
    cte="quoted-printable",
    text="""Lieber Herr Kowalczyk-Aubry,

ich hatte Ihnen versprochen, mich sofort zu melden, wenn ich vom Mandanten höre.

Die Rückmeldung ist leider nicht die, auf die wir beide gehofft hatten: Man hat sich nach der
Gesprächsrunde für einen Kandidaten entschieden, der aus der Zellfertigung eines Wettbewerbers
kommt. Ihr Gespräch wurde ausdrücklich als sehr sympathisch und technisch solide beschrieben –
den Ausschlag hat am Ende die Serienerfahrung gegeben.

Mir ist wichtig, dass Sie das nicht als Urteil über Ihren Weg in die Batterietechnik lesen. Ich
würde gern in zwei, drei Wochen mit Ihnen telefonieren und schauen, welche Mandate als Nächstes
passen.

Herzliche Grüße
Hendrik Voigt

Dr. Hendrik Voigt
Partner
Kessler & Voigt Executive Search GmbH
Maximilianstraße 35 · 80539 München
+49 89 5550 7000 · h.voigt@kessler-voigt.example.de""",
))

add(M(
    id="ts-paartal-rej", kind="rejection", slug="zeitarbeit_relays_paartal_no", lang="de",
    company="Paartal Komponenten", contact="kevin.schuster@tecstaff.example.de",
    frm=("Kevin Schuster | TecStaff", "kevin.schuster@tecstaff.example.de"),
    subject="Rückmeldung Kunde Paartal Komponenten",
    date="2026-06-25 12:31 +0200", re="ts-paartal-missed",
    cte="base64",
    text="""Hallo Herr Kowalczyk-Aubry,

jetzt habe ich endlich eine Antwort von Paartal Komponenten. Der Kunde möchte den Einsatz in
der Qualitätsprüfung nicht mit Ihnen besetzen. Begründet wurde das mit dem geplatzten ersten
Termin – man will bei Einsätzen mit Schichtbeginn um 6 Uhr kein Risiko eingehen.

Ich sehe das nicht so streng und habe Sie weiter in unserem Pool. Für den Herbst kommen neue
Anfragen aus Manching und Neuburg rein.

Beste Grüße
Kevin Schuster
Personaldisponent

TecStaff Personaldienste GmbH · Niederlassung Ingolstadt
Friedrichshofener Str. 1 · 85049 Ingolstadt
Tel. 0841 5550 9090 · kevin.schuster@tecstaff.example.de""",
))

add(M(
    id="rk-rej", kind="rejection", slug="remstal_letter_pdf_after_trial_day", lang="de",
    company="Remstal Kabelsysteme", contact="sibylle.maier@remstal-kabel.example.de",
    frm=("Sibylle Maier", "sibylle.maier@remstal-kabel.example.de"),
    subject="Ihr Probearbeitstag am 19. Mai – unser Schreiben",
    subj_enc=("utf-8", "Q"),
    date="2026-05-27 10:05 +0200", re="rk-trial",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

im Anhang finden Sie unser Schreiben zu Ihrem Probearbeitstag in der HV-Kabelprüfung.

Um es nicht im PDF zu verstecken: Wir werden Ihnen keinen Arbeitsvertrag anbieten. Die Kollegen
in der Prüfung haben Ihren Einsatz gelobt, uns fehlt aber die Erfahrung mit
Isolationsmessungen in der Serie, die wir für die Stelle ab Juli zwingend brauchen.

Freundliche Grüße

Sibylle Maier
Personalwesen
Remstal Kabelsysteme GmbH
Alte Bundesstraße 60 · 71332 Waiblingen
Telefon 07151 5550 412""",
    attach=[pdf("Schreiben_Kowalczyk-Aubry.pdf", [
        "Remstal Kabelsysteme GmbH - Personalwesen",
        "Alte Bundesstrasse 60, 71332 Waiblingen",
        "",
        "Herrn Mathis Kowalczyk-Aubry",
        "Waiblingen, 27.05.2026",
        "",
        "Ihre Bewerbung als Pruefer HV-Kabelsaetze",
        "",
        "Sehr geehrter Herr Kowalczyk-Aubry,",
        "vielen Dank fuer Ihren Probearbeitstag am 19.05.2026.",
        "Nach Abstimmung mit der Fachabteilung koennen wir Ihnen",
        "leider kein Vertragsangebot unterbreiten.",
        "Ihre Unterlagen loeschen wir nach Ablauf von sechs Monaten.",
        "",
        "Mit freundlichen Gruessen",
        "Sibylle Maier",
    ])],
))

_ob_rej = """Sehr geehrter Herr Kowalczyk-Aubry,

Sie hatten sich im September bei uns als HV-Techniker für die Modulmontage beworben, und wir
hatten Ihnen eine Rückmeldung innerhalb von drei Wochen versprochen.

Leider hat uns die Zeit überholt: Die Stelle ist seit letzter Woche mit einer Technikerin
besetzt, die wir über eine Empfehlung aus dem Team kennengelernt haben. Ihre Unterlagen haben wir
deshalb gar nicht mehr in die Runde der Gespräche gegeben – das bedauern wir.

Mit freundlichen Grüßen
Nadine Roller
Personal & Organisation
Ostfildern Batterietechnik GmbH · Zeppelinstraße 9 · 73760 Ostfildern"""

add(M(
    id="ob-rej", kind="rejection", slug="ostfildern_already_filled_html_cp1252", lang="de",
    company="Ostfildern Batterietechnik", contact="n.roller@ostfildern-batterie.example.de",
    frm=("Nadine Roller", "n.roller@ostfildern-batterie.example.de"),
    subject="Re: Ihre Bewerbung als HV-Techniker – Eingangsbestätigung",
    subj_enc=("windows-1252", "Q"),
    date="2026-10-12 08:44 +0200", re="ob-ack",
    charset="windows-1252", cte="quoted-printable",
    html=simple_html(paras(_ob_rej), charset="windows-1252"),
))

_vm_rej = """Hallo Mathis,

danke, dass du dich nach dem verpassten Call noch gemeldet hast – das mit dem kaputten Laptop
glauben wir dir sofort.

Wir haben uns dein Profil daraufhin noch einmal mit dem ganzen Hardware-Team angeschaut. Ehrlich
gesagt suchen wir für die Rolle doch jemanden, der schon Erfahrung mit Testautomatisierung
(Python, CANoe) mitbringt. Deshalb machen wir an dieser Stelle keinen weiteren Termin aus und
schließen den Prozess mit dir ab.

Alles Gute und viel Erfolg!
Lea"""

add(M(
    id="vm-rej", kind="rejection", slug="voltara_via_ashby_du", lang="de",
    company="Voltara Mobility", contact="lea.braendle@voltara.example.de",
    frm=("Lea Brändle via Ashby", "no-reply@ashbyhq.com"), frm_enc=("utf-8", "B"),
    reply_to=("Lea Brändle", "lea.braendle@voltara.example.de"),
    subject="Dein Prozess bei Voltara Mobility",
    date="2026-10-14 17:26 +0200", re="vm-missed",
    cte="quoted-printable",
    text=_vm_rej + "\n\nLea Brändle · Talent · Voltara Mobility GmbH · Stuttgart",
    html=simple_html(paras(_vm_rej) + "\n<p style=\"color:#888;font-size:12px\">Lea Brändle · "
                     "Talent · Voltara Mobility GmbH · Stuttgart</p>"),
))

# ------------------------------------------------------------------ English

_hb_rej = """Hi Mathis,

Thank you for the time you've given us over the past few weeks, and for getting back to us so
quickly after the mix-up with the Teams link.

I've now talked the shortlist through with our lab manager. We won't be taking your application
for Battery Test Technician to the next stage – the two people we are continuing with have both
run cycling rigs in a production lab, and with our line ramp-up in May we can't train that part
from scratch.

I hope you find the right lab soon; your motivation came through clearly.

Best regards,
Karin Lindqvist
Talent Partner, Hisingen Battery Lab"""

add(M(
    id="hb-rej", kind="rejection", slug="hisingen_via_greenhouse_next_stage_no", lang="en",
    company="Hisingen Battery Lab", contact="karin.lindqvist@hisingenlab.example.se",
    frm=("Karin Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Karin Lindqvist", "karin.lindqvist@hisingenlab.example.se"),
    subject="Your application to Hisingen Battery Lab",
    date="2026-03-11 15:48 +0100",
    cte="quoted-printable",
    text=_hb_rej,
    html=ats_card("Hisingen Battery Lab", paras(_hb_rej),
                  "Sent via Greenhouse on behalf of Hisingen Battery Lab AB, "
                  "Lindholmspiren 9, 417 56 Göteborg.", color="#24556b", lang="en"),
))

add(M(
    id="kg-hold", kind="rejection", slug="kattegatt_role_on_hold_lever", lang="en",
    company="Kattegatt EV", contact="",
    frm=("Kattegatt EV", "no-reply@hire.lever.co"),
    subject="Update on the Battery Validation Technician role",
    date="2026-09-09 08:15 +0000",
    text="""Hi Mathis,

We wanted to let you know that the Battery Validation Technician role in Gothenburg has been
put on hold, and we will not proceed with any of the applications we received for it.

This has nothing to do with your profile. Our 2027 vehicle programme has been re-planned and the
validation lab expansion is postponed. If the role reopens, it will be advertised again on our
careers page and you are very welcome to apply.

Thank you for your interest in Kattegatt EV.

The Kattegatt EV Talent Team

--
This email was sent by Kattegatt EV AB via Lever. Replies to this address are not monitored.""",
))

add(M(
    id="hf-moelndal-rej", kind="rejection", slug="headhunter_relays_moelndal_no", lang="en",
    company="Mölndal Power Electronics", contact="tom.ashworth@harrowfinch.example.co.uk",
    frm=("Tom Ashworth", "tom.ashworth@harrowfinch.example.co.uk"),
    subject="Mölndal PE – feedback", subj_enc=("utf-8", "Q"),
    date="2026-02-27 09:32 +0000", re="hf-cv",
    cte="quoted-printable",
    text="""Morning Mathis,

I've had feedback from Mölndal Power Electronics and, unfortunately, it's a no for the
inverter test technician role.

Their reasoning, in their words: strong hands-on background, but they need someone who can run
the HIL bench independently from day one and they don't have the capacity to mentor right now.
I pushed back a little on that, for what it's worth.

I know this one stings after two rounds. Shall we catch up next week about the Gothenburg
market more broadly? There are a couple of test labs I'd like to introduce you to.

Kind regards,
Tom

Tom Ashworth | Principal Consultant, Automotive & E-Mobility
Harrow & Finch Search Ltd | 14 Fenwick Street, Liverpool L2 7LS
+44 151 555 0184 | tom.ashworth@harrowfinch.example.co.uk

Harrow & Finch Search Ltd is registered in England and Wales, company no. 09876543.
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it.""",
))

add(M(
    id="aa-rej", kind="rejection", slug="ampere_alley_after_panel_quotes_thanks", lang="en",
    company="Ampere Alley", contact="ben.okafor@amperealley.example.de",
    frm=("Ben Okafor", "ben.okafor@amperealley.example.de"),
    subject="Re: Thank you – panel interview on Thursday",
    date="2026-04-17 16:58 +0200",
    text="""Hi Mathis,

Thanks for this lovely note, it made the rounds in the team.

I wish I were writing with better news. The panel was genuinely split, but in the end we've
offered the technician role to someone who has already set up and run a formation and ageing lab
on their own. For a team of nine, that tipped it.

Please don't be a stranger – we'll have more hardware roles once the pilot line in Garching is
funded, and I'd be happy to put your name forward myself.

All the best,
Ben

Ben Okafor
People & Talent | Ampere Alley GmbH
Lindwurmstraße 76, 80337 München

""" + wrote("en", "Thu, 2 Apr 2026 at 19:12", "Mathis Kowalczyk-Aubry",
            "mathis.ka@example.de") + "\n" + quote("""Hi Ben,

Thank you and the panel for today's interview. I especially enjoyed the discussion with Dr. Sato
about thermal runaway tests – it's exactly the kind of work I want to grow into. I'm looking
forward to hearing about the next steps.

Best regards,
Mathis"""),
))

add(M(
    id="nt-terse-rej", kind="rejection", slug="agency_terse_client_passed", lang="en",
    company="Nordic Tech Talent", contact="olle.berg@nordictalent.example.se",
    frm=("Olle Berg", "olle.berg@nordictalent.example.se"),
    subject="RE: Test technician role - Gothenburg",
    date="2026-04-14 13:07 +0200",
    text="""Hi Mathis,

Quick one – the client has passed on your profile for this role. Sorry it's not better news.

Olle

Olle Berg | Nordic Tech Talent AB | +46 31 555 0147""",
))

_tt_rej = """Dear Mathis,

Thank you for your time in our selection process for the Battery Lab Technician
position at Torslanda Test Services.

We have now completed our interviews and, after careful consideration, we will not be
progressing your application further. We appreciate the effort you put into the process.

We will keep your details on file, and you are welcome to apply for future openings at
Torslanda Test Services.

Kind regards,
Recruitment Team
Torslanda Test Services AB"""

add(M(
    id="tt-rej", kind="rejection", slug="torslanda_workable_formal", lang="en",
    company="Torslanda Test Services", contact="",
    frm=("Torslanda Test Services", "noreply@candidates.workablemail.com"),
    subject="Your application for Battery Lab Technician at Torslanda Test Services",
    date="2026-05-26 07:45 +0000",
    cte="base64",
    text=_tt_rej,
    html=ats_card("Torslanda Test Services", paras(_tt_rej),
                  "Powered by Workable. You are receiving this email because you applied for "
                  "a job at Torslanda Test Services.", color="#4b2e83", lang="en"),
))

add(M(
    id="ld-rej", kind="rejection", slug="lindholmen_casual_internal_hire", lang="en",
    company="Lindholmen Drivetrain", contact="erik.sandberg@lindholmen-drive.example.se",
    frm=("Erik Sandberg", "erik.sandberg@lindholmen-drive.example.se"),
    subject="Re: Thursday chat",
    date="2026-07-16 20:41 +0200", re="ld-chat",
    text="""Hey Mathis,

Bad news I'm afraid, and I'd rather you hear it from me than from HR: we ended up giving the
test tech spot to Jonna from our own assembly team. She's been asking for a move into the lab
for ages and the boss wanted to reward that. Nothing against you at all – you were the best
outside candidate we spoke to.

Let's grab a fika next time you're up here anyway.

Cheers,
Erik

""" + wrote("en", "Mon, 29 Jun 2026 at 09:14", "Erik Sandberg",
            "erik.sandberg@lindholmen-drive.example.se") + "\n" + quote("""Hi Mathis,

Are you free Thursday afternoon for a chat about the test tech opening? Video is fine, say 15:00
your time?

Erik"""),
))

_fm_rej = """Dear Mathis Kowalczyk-Aubry,

Thank you for applying for the position Battery Test Technician (m/f/d) at Freimann Mobility Lab
in Munich.

Unfortunately, your profile has not been selected for the next step of the process. We received
a large number of applications and had to make some difficult choices.

We wish you every success in your job search.

Sincerely,
Freimann Mobility Lab – Talent Acquisition"""

add(M(
    id="fm-rej", kind="rejection", slug="freimann_smartrecruiters_html_only", lang="en",
    company="Freimann Mobility Lab", contact="",
    frm=("Freimann Mobility Lab", "no-reply@smartrecruiters.com"),
    subject="Freimann Mobility Lab: your application",
    date="2026-01-30 11:20 +0100",
    cte="quoted-printable",
    html=ats_card("Freimann Mobility Lab", paras(_fm_rej),
                  "This message was sent via SmartRecruiters. Please do not reply to this "
                  "email.", color="#0a7c86", lang="en"),
))

# ------------------------------------------------------------------ French

add(M(
    id="ab-rej", kind="rejection", slug="alsace_batteries_filled_internally_latin1", lang="fr",
    company="Alsace Batteries", contact="camille.brunner@alsace-batteries.example.fr",
    frm=("Camille Brunner", "camille.brunner@alsace-batteries.example.fr"),
    subject="RE: Entretien du 23 avril - technicien d'essais batteries",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-05-06 17:20 +0200", re="ab-cancel",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Monsieur Kowalczyk-Aubry,

Je reviens vers vous comme promis, mais pas avec une nouvelle date d'entretien.

Entre-temps, le poste de technicien d'essais batteries a été pourvu en interne : un technicien de
notre atelier de maintenance a demandé sa mutation et la direction a choisi de la lui accorder.
Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Je suis désolée pour ce contretemps et vous remercie sincèrement pour votre patience.

Bien cordialement,

Camille Brunner
Chargée de recrutement
Alsace Batteries SAS - 12 rue de l'Ill - 68100 Mulhouse
Tél. +33 3 89 55 50 12

> Le 21 avr. 2026 à 18:02, Mathis Kowalczyk-Aubry <mathis.ka@example.de> a écrit :
>
> Bonjour Madame Brunner,
> C'est noté, merci de m'avoir prévenu. J'attends votre nouvelle proposition.
> Cordialement,
> Mathis Kowalczyk-Aubry
>
>> Le 21 avr. 2026 à 11:40, Camille Brunner <camille.brunner@alsace-batteries.example.fr>
>> a écrit :
>>
>> Bonjour Monsieur,
>> Je dois malheureusement annuler notre entretien du jeudi 23 avril à 14h00.
>> Nous reviendrons vers vous rapidement pour fixer une autre date.
>> Camille Brunner""",
))

_ler_rej = """Monsieur,

Nous vous remercions d'avoir participé à la journée d'évaluation organisée le 12 mars dans nos
locaux de Mulhouse pour le poste de Technicien(ne) d'essais électriques.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue à l'issue de
cette journée. Ce choix ne remet pas en cause la qualité de votre parcours.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement
Laboratoire d'Essais du Rhin"""

add(M(
    id="ler-rej", kind="rejection", slug="ler_taleo_after_assessment_day", lang="fr",
    company="Laboratoire d'Essais du Rhin", contact="",
    frm=("Laboratoire d'Essais du Rhin", "no-reply@taleo.net"),
    subject="Votre candidature – Technicien(ne) d'essais électriques (réf. LER-0326)",
    subj_enc=("utf-8", "Q"),
    date="2026-03-24 09:00 +0100",
    cte="quoted-printable",
    text=_ler_rej + "\n\nMerci de ne pas répondre à ce message généré automatiquement.",
    html=ats_card("Laboratoire d'Essais du Rhin – Carrières", paras(_ler_rej),
                  "Merci de ne pas répondre à ce message généré automatiquement.",
                  color="#1b3a6b", lang="fr"),
))

add(M(
    id="ihr-rej", kind="rejection", slug="interim_relays_sausheim_no", lang="fr",
    company="Sausheim Équipements", contact="s.meyer@interim-hautrhin.example.fr",
    frm=("Sandrine Meyer", "s.meyer@interim-hautrhin.example.fr"),
    subject="Retour de Sausheim Équipements", subj_enc=("iso-8859-1", "B"),
    date="2026-06-24 10:10 +0200", re="ihr-missed",
    charset="windows-1252", cte="8bit",
    text="""Bonjour Mathis,

J'ai enfin eu le retour de Sausheim Équipements. Malgré nos explications sur l'entretien
manqué de vendredi, l'entreprise préfère arrêter là et ne vous proposera pas de mission sur la
ligne d'essais. Ils ont reçu entre-temps un autre profil qu'ils ont validé dès le premier
rendez-vous.

Je garde votre dossier actif chez nous : on a régulièrement des besoins en maintenance
industrielle autour de Mulhouse et de Colmar, je vous tiens au courant.

Bonne journée,
Sandrine Meyer
Chargée de recrutement – Intérim Haut-Rhin
5 avenue Kennedy – 68200 Mulhouse – 03 89 55 50 77""",
))

_ke_rej = """Bonjour Mathis,

On a bien réfléchi après ta visite de mardi et ce sera non pour le poste de technicien banc
batteries. On cherche quelqu'un qui parle couramment l'alsacien avec nos clients agricoles,
et ce n'est pas vraiment ton cas.

Bonne continuation, vraiment,
Hugo

Hugo Lambert – cofondateur, Kembs Énergie"""

add(M(
    id="ke-rej", kind="rejection", slug="kembs_casual_no_html_cp1252", lang="fr",
    company="Kembs Énergie", contact="hugo@kembs-energie.example.fr",
    frm=("Hugo Lambert", "hugo@kembs-energie.example.fr"),
    subject="Suite à ta visite de mardi",
    date="2026-07-10 19:02 +0200",
    charset="windows-1252", cte="quoted-printable",
    html=simple_html(paras(_ke_rej), charset="windows-1252", lang="fr"),
))

# ------------------------------------------------------------------ Spanish

add(M(
    id="be-rej", kind="rejection", slug="besos_closes_after_missed_call", lang="es",
    company="Centro de Ensayos del Besòs", contact="jordi.vidal@ensayos-besos.example.es",
    frm=("Jordi Vidal", "jordi.vidal@ensayos-besos.example.es"),
    subject="Re: Llamada del jueves",
    date="2026-09-17 12:48 +0200", re="be-missed",
    cte="quoted-printable",
    text="""Hola Mathis:

Gracias por tu correo y por explicarnos lo que pasó con el móvil.

Lo hemos hablado con la responsable del laboratorio y hemos decidido cerrar tu candidatura para
el puesto de técnico de ensayos de baterías. Mientras tanto avanzamos con otras dos personas que
ya están en la fase final, y no podemos abrir una nueva ronda de llamadas.

Te deseamos mucha suerte con la búsqueda.

Un saludo,
Jordi Vidal
Selección de personal
Centro de Ensayos del Besòs
Rambla de Prim 215, 08020 Barcelona · +34 93 555 02 61

""" + wrote("es", "jue, 10 sept 2026 a las 10:20", "Jordi Vidal",
            "jordi.vidal@ensayos-besos.example.es") + "\n" + quote("""Hola Mathis:

Te hemos llamado dos veces a las 10:00 para la entrevista telefónica, pero no hemos podido
contactar contigo. ¿Todo bien?

Jordi"""),
))

_ag_rej = """Hola, Mathis:

Gracias por tu interés en el puesto de Mecánico/a de validación de vehículos eléctricos en
Automoción Garraf.

Hemos revisado tu candidatura con atención y lamentamos comunicarte que en esta ocasión no
seguirá adelante en el proceso de selección.

Guardaremos tus datos durante doce meses por si surge una vacante que encaje con tu perfil.

Atentamente,
Equipo de Talento
Automoción Garraf, S.A."""

add(M(
    id="ag-rej", kind="rejection", slug="garraf_icims_formal", lang="es",
    company="Automoción Garraf", contact="",
    frm=("Automoción Garraf", "no-reply@icims.com"), frm_enc=("iso-8859-1", "Q"),
    subject="Actualización de tu candidatura – Automoción Garraf",
    subj_enc=("utf-8", "B"),
    date="2026-04-29 08:30 +0200",
    cte="base64",
    text=_ag_rej,
    html=ats_card("Automoción Garraf · Empleo", paras(_ag_rej),
                  "Este mensaje se ha enviado desde una dirección que no admite respuestas.",
                  color="#b5121b", lang="es"),
))

add(M(
    id="ti-rej", kind="rejection", slug="agency_relays_zona_franca_no", lang="es",
    company="Zona Franca Motors", contact="marta.soler@talentoindustrial.example.es",
    frm=("Marta Soler", "marta.soler@talentoindustrial.example.es"),
    subject="Re: Entrevista Zona Franca Motors",
    date="2026-07-29 16:35 +0200", re="ti-cancel",
    text="""Hola Mathis,

Te escribo con la respuesta de Zona Franca Motors, que por fin ha llegado. Han decidido no
retomar la entrevista que se canceló: la plaza de técnico de pruebas de alto voltaje la ha
ocupado una persona que ya trabajaba para ellos con contrato temporal.

Sé que no es lo que esperabas. Sigo contando contigo para otras posiciones en el Baix
Llobregat.

Un abrazo,
Marta Soler
Consultora de selección · Talento Industrial Barcelona
Carrer de Pujades 120, 08005 Barcelona
Tel. +34 93 555 08 40

""" + wrote("es", "jue, 16 jul 2026 a las 9:02", "Marta Soler",
            "marta.soler@talentoindustrial.example.es") + "\n" + quote("""Hola Mathis:

El cliente me acaba de avisar de que tiene que cancelar la entrevista de mañana. Te
propondrán otra fecha en cuanto puedan.

Marta"""),
))

add(M(
    id="pc-rej", kind="rejection", slug="poblenou_vacancy_cancelled_teamtailor", lang="es",
    company="Poblenou Charging", contact="laia.ferrer@poblenoucharging.example.es",
    frm=("Poblenou Charging", "no-reply@teamtailor-mail.com"),
    reply_to=("Laia Ferrer", "laia.ferrer@poblenoucharging.example.es"),
    subject="Proceso de selección: Técnico/a de baterías", subj_enc=("iso-8859-1", "Q"),
    date="2026-08-20 11:11 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Mathis:

Te escribimos en relación con tu candidatura al puesto de Técnico/a de baterías para nuestra
red de cargadores.

La dirección ha decidido cancelar la vacante este año, de modo que no seguiremos adelante con
el proceso con ninguno de los candidatos. Sentimos no tener mejores noticias después de tu
interés.

Si tienes cualquier pregunta, puedes responder a este correo y le llegará a Laia Ferrer.

Saludos cordiales,
El equipo de Poblenou Charging""",
))
