"""Corpus 228, hand-written: the 31 rejections (de 15, en 8, fr 4, es 4)."""

from __future__ import annotations

from msgs228_common import (
    CANDIDATE,
    ats_card,
    forwarded,
    outlook_block,
    reply_quote,
    simple_html,
    word_html,
)
from msgs228_other import APOLOGY_LEONHARD, THANKS_NORDLICHT, THANKS_ROCHUS

CAND_NAME, CAND = CANDIDATE

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- German (15)

add(dict(
    name="hochschule_role_on_hold", kind="rejection", lang="de",
    company="Hochschule Traunufer Linz", contact="g.aichberger@hs-traunufer.example.at",
    frm=("Mag. Gerlinde Aichberger", "g.aichberger@hs-traunufer.example.at"),
    subject="Ihre Bewerbung – Kennzahl 26/014 Onboarding-Koordination",
    subj_enc="utf-8:Q",
    date="2026-04-15 10:12 +0200", key="traunufer-hold",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung als Onboarding-Koordinatorin (Kennzahl 26/014) in unserer
Personalabteilung.

Das Rektorat hat in seiner Sitzung vom 9. April beschlossen, die Nachbesetzung aller neu
geschaffenen Verwaltungsstellen bis zum Beschluss des nächsten Budgets auszusetzen. Davon ist
auch diese Position betroffen. Das Auswahlverfahren wird daher nicht fortgeführt, und Ihre
Bewerbung wird nicht weiter bearbeitet.

Sollte die Stelle zu einem späteren Zeitpunkt neu ausgeschrieben werden, veröffentlichen wir das
auf unserer Website; eine neuerliche Bewerbung wäre uns dann sehr willkommen.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen für Ihren
weiteren Weg alles Gute.

Mit freundlichen Grüßen

Mag. Gerlinde Aichberger
Personalabteilung | Hochschule Traunufer Linz
Obere Donaulände 12, 4020 Linz
T +43 732 7710 2284
""",
))

add(dict(
    name="klinikum_after_missed_call", kind="rejection", lang="de",
    company="Klinikum St. Leonhard", contact="bernhard.gsellmann@klinikum-leonhard.example.at",
    frm=("Bernhard Gsellmann", "bernhard.gsellmann@klinikum-leonhard.example.at"),
    subject="AW: Entschuldigung – Telefonat am Dienstag",
    date="2026-02-12 15:47 +0100", key="leonhard-reject", reply="leonhard-apology",
    refs=["leonhard-invite", "leonhard-missed", "leonhard-apology"],
    text="""Sehr geehrte Frau Ferreira-Kunz,

danke für Ihre Nachricht und die Erklärung – so etwas kann passieren, das nehmen wir Ihnen
nicht übel.

Wir haben das Auswahlverfahren für die Stelle in der Zwischenzeit allerdings abgeschlossen. Die
Entscheidung ist auf eine Bewerberin gefallen, die bereits mehrere Jahre im Personalmanagement
eines Krankenhauses tätig war und sich rasch in unsere Dienstplan- und Einschulungsprozesse
einarbeiten kann. Ein weiteres Gespräch können wir Ihnen daher nicht mehr anbieten.

Für Ihre berufliche Neuorientierung wünsche ich Ihnen viel Erfolg.

Freundliche Grüße
Bernhard Gsellmann
Personalentwicklung
Klinikum St. Leonhard Graz
Leonhardstraße 103, 8010 Graz
Tel. +43 316 3880 4412

--
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie
nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie
diese E-Mail. Das unerlaubte Kopieren sowie die Weitergabe dieser E-Mail sind nicht gestattet.

""" + reply_quote("de", "Di., 3. Feb. 2026 um 12:20", CAND_NAME, CAND, APOLOGY_LEONHARD),
))

add(dict(
    name="kaufhaus_casual_after_trial_day", kind="rejection", lang="de",
    company="Kaufhaus Zedlacher", contact="sabine.ogris@zedlacher.example.at",
    frm=("Sabine Ogris", "sabine.ogris@zedlacher.example.at"),
    subject="Samstag & wie's weitergeht",
    date="2026-05-08 18:05 +0200", key="zedlacher-reject", reply="zedlacher-invite",
    cte="8bit",
    text="""Hallo Magdalena,

danke nochmal, dass du am Samstag bei uns im Haus warst – die Kolleginnen im Erdgeschoß haben
sich über deine Hilfe beim Einschulen der Ferialpraktikanten echt gefreut.

Ich sag's dir lieber gleich direkt: Wir nehmen für die Stelle eine Kollegin aus unserer Filiale
in Villach, die das Warenwirtschaftssystem und die Leute schon kennt. Hat nichts mit dir zu tun,
am Ende war's eine ganz praktische Entscheidung.

Wenn du mal in Klagenfurt bist, schau vorbei – auf einen Kaffee lad ich dich gern ein.

Liebe Grüße
Sabine

Sabine Ogris
Filialleitung & Personal | Kaufhaus Zedlacher
Alter Platz 9, 9020 Klagenfurt am Wörthersee
""",
))

_aichinger = """Guten Tag Frau Ferreira-Kunz,

wir haben Ihre Unterlagen für die Position „HR Onboarding Specialist (m/w/d)" eingehend gelesen.
Für diese Stelle setzen wir Berufserfahrung in einem produzierenden Betrieb sowie Kenntnisse in
SAP HCM voraus, die wir in Ihrem Profil nicht ausreichend wiederfinden. Wir müssen Ihnen deshalb
eine Absage erteilen.

Ihre Daten löschen wir nach Ablauf von sechs Monaten gemäß unserer Datenschutzerklärung, sofern
Sie nicht in eine längere Speicherung eingewilligt haben.

Mit besten Grüßen
Ihr Recruiting-Team der Aichinger Kunststofftechnik GmbH"""

add(dict(
    name="personio_formal_no", kind="rejection", lang="de",
    company="Aichinger Kunststofftechnik", contact="",
    frm=("Aichinger Kunststofftechnik GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als HR Onboarding Specialist (m/w/d)",
    date="2026-01-22 07:31 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Aichinger Kunststofftechnik GmbH", _aichinger,
                  "Diese E-Mail wurde automatisch über Personio versendet. Antworten an diese "
                  "Adresse werden nicht gelesen.\nAichinger Kunststofftechnik GmbH, "
                  "Industriezeile 40, 4020 Linz, FN 118822 s", "de", color="#0f766e"),
))

add(dict(
    name="agency_relays_feinkost_no", kind="rejection", lang="de",
    company="Feinkost Wallner", contact="d.pichler@trummer-personal.example.at",
    frm=("Doris Pichler", "d.pichler@trummer-personal.example.at"),
    subject="Feinkost Wallner – Rückmeldung des Kunden",
    date="2026-02-20 11:26 +0100",
    text="""Liebe Frau Ferreira-Kunz,

ich habe heute Vormittag mit Herrn Wallner senior telefoniert. Die Familie hat sich nach den
Gesprächen in der Vorwoche dafür entschieden, die Onboarding-Agenden einer langjährigen
Mitarbeiterin aus der Buchhaltung zu übertragen, statt die Stelle extern zu besetzen. Für Sie
heißt das leider: Beim Feinkost Wallner geht es nicht weiter.

Mir persönlich tut das leid, Ihr Auftreten ist dort sehr gut angekommen. Ich behalte Sie für
ähnliche Mandate im Großraum Graz im Auge und melde mich, sobald ich etwas Passendes auf dem
Tisch habe.

Herzliche Grüße aus der Annenstraße
Doris Pichler
Senior Consultant
Trummer & Partner Personalberatung
Annenstraße 26, 8020 Graz | +43 316 82 44 71
""",
))

add(dict(
    name="agency_unnamed_client_shortlist", kind="rejection", lang="de",
    company="Kainz Personalservice", contact="nina.hauptmann@kainz-personal.example.at",
    frm=("Nina Hauptmann | Kainz Personalservice", "nina.hauptmann@kainz-personal.example.at"),
    subject="Position Onboarding-Koordination Industrie (Raum Wiener Neustadt)",
    date="2026-10-05 09:02 +0200",
    charset="windows-1252",
    text="""Grüß Gott Frau Ferreira-Kunz,

eine kurze Rückmeldung zur Position als Onboarding-Koordinatorin bei unserem Auftraggeber im
Raum Wiener Neustadt, über die wir Anfang September telefoniert haben.

Der Kunde hat die Kurzprofile aller sieben vorgestellten Personen gesichtet und lädt zwei
Kandidatinnen mit Erfahrung aus der Metallbranche zum Gespräch ein. Ihr Profil ist leider nicht
unter den beiden, damit ist dieses Mandat für Sie beendet.

Ihr Profil bleibt in unserer Datenbank aktiv – gerade für Dienstleister und Handel in Wien
sehe ich weiterhin gute Chancen für Sie.

Schöne Grüße
Nina Hauptmann
Personalberaterin
Kainz Personalservice – Büro Wien-Mitte
Landstraßer Hauptstraße 71, 1030 Wien
+43 1 714 28 60-23
""",
    html=word_html("""Grüß Gott Frau Ferreira-Kunz,

eine kurze Rückmeldung zur Position als Onboarding-Koordinatorin bei unserem Auftraggeber im
Raum Wiener Neustadt, über die wir Anfang September telefoniert haben.

Der Kunde hat die Kurzprofile aller sieben vorgestellten Personen gesichtet und lädt zwei
Kandidatinnen mit Erfahrung aus der Metallbranche zum Gespräch ein. Ihr Profil ist leider nicht
unter den beiden, damit ist dieses Mandat für Sie beendet.

Ihr Profil bleibt in unserer Datenbank aktiv – gerade für Dienstleister und Handel in Wien
sehe ich weiterhin gute Chancen für Sie.

Schöne Grüße
Nina Hauptmann
Personalberaterin
Kainz Personalservice – Büro Wien-Mitte
Landstraßer Hauptstraße 71, 1030 Wien
+43 1 714 28 60-23""", "de"),
))

add(dict(
    name="successfactors_formal_munich", kind="rejection", lang="de",
    company="Isar Möbelwerke", contact="",
    frm=("Isar Möbelwerke Personalgewinnung", "noreply@successfactors.eu"),
    frm_enc="iso-8859-1:Q",
    subject="Ihre Bewerbung bei Isar Möbelwerke - Req-ID 48113",
    subj_enc="iso-8859-1:Q",
    date="2026-02-25 06:14 +0000",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

nach sorgfältiger Prüfung Ihrer Unterlagen für die Stelle Referentin Onboarding &
Mitarbeiterbindung (Req-ID 48113) können wir Ihre Bewerbung nicht weiter berücksichtigen.

Bitte haben Sie Verständnis dafür, dass wir bei der Vielzahl an Zuschriften keine individuelle
Begründung geben können.

Über unser Karriereportal können Sie sich jederzeit auf weitere Ausschreibungen bewerben.

Freundliche Grüße
Isar Möbelwerke GmbH & Co. KG
Personalgewinnung
Frankfurter Ring 212, 80807 München

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
))

add(dict(
    name="ordensklinikum_after_thankyou", kind="rejection", lang="de",
    company="Ordensklinikum Sankt Rochus", contact="elisabeth.poeltl@st-rochus.example.at",
    frm=("Pöltl Elisabeth, Mag.a", "elisabeth.poeltl@st-rochus.example.at"),
    frm_enc="iso-8859-1:B",
    subject="AW: Danke für das Gespräch am 20. Mai",
    date="2026-06-01 13:39 +0200", key="rochus-reject", reply="rochus-thanks",
    refs=["rochus-invite", "rochus-moved", "rochus-thanks"],
    charset="windows-1252",
    text=(_rochus := """Sehr geehrte Frau Ferreira-Kunz,

herzlichen Dank für Ihre freundlichen Zeilen nach unserem Gespräch und für die Zeit, die Sie
sich für uns genommen haben.

Die Kommission hat sich die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine
Kollegin entschieden, die in einem anderen Ordensspital bereits das Einschulungsprogramm für
Pflegekräfte betreut hat – dieser Vorsprung hat den Ausschlag gegeben. Ihre Idee mit den
Buddy-Paten für die erste Woche hat uns trotzdem beeindruckt, wir geben sie intern weiter.

Ich wünsche Ihnen, dass Sie bald das passende Haus finden.

Mit freundlichen Grüßen

Mag.a Elisabeth Pöltl
Leitung Personalentwicklung
Ordensklinikum Sankt Rochus
Rochusgasse 14, 1030 Wien
Tel.: +43 1 712 33 40-1180

Diese Nachricht und allfällige Anhänge sind vertraulich und ausschließlich für die bezeichneten
Empfängerinnen und Empfänger bestimmt. Sollten Sie diese Nachricht irrtümlich erhalten haben,
verständigen Sie bitte die Absenderin und löschen Sie die Nachricht.

""" + outlook_block("de", f"{CAND_NAME} <{CAND}>", "Freitag, 22. Mai 2026 08:14",
                    "Pöltl Elisabeth, Mag.a <elisabeth.poeltl@st-rochus.example.at>",
                    "Danke für das Gespräch am 20. Mai", THANKS_ROCHUS)),
    html=word_html(_rochus, "de"),
))

add(dict(
    name="stahlbau_terse", kind="rejection", lang="de",
    company="Mühlviertler Stahlbau", contact="j.huemer@muehlviertler-stahlbau.example.at",
    frm=("Josef Huemer", "j.huemer@muehlviertler-stahlbau.example.at"),
    subject="Bewerbung Personalassistenz",
    date="2026-06-24 07:58 +0200",
    cte="8bit",
    text="""Sehr geehrte Frau Ferreira-Kunz,

die Stelle ist vergeben. Ihre Unterlagen werden datenschutzkonform vernichtet.

MfG
J. Huemer
Mühlviertler Stahlbau – Personalbüro
""",
))

add(dict(
    name="cloud_role_cut_after_cancel", kind="rejection", lang="de",
    company="Kärnten Cloud Systems", contact="markus.wernig@kaernten-cloud.example.at",
    frm=("Markus Wernig via Recruitee", "no-reply@jobs.recruitee.com"),
    reply_to=("Markus Wernig", "markus.wernig@kaernten-cloud.example.at"),
    subject="Onboarding Coordinator Klagenfurt – wie es weitergeht",
    date="2026-10-06 16:20 +0200", key="kcs-reject",
    text=(_kcs := """Hallo Frau Ferreira-Kunz,

ich melde mich wie versprochen nach der Absage unseres Termins Mitte September. Die
Nachricht ist leider keine gute: Im Zuge der Zusammenlegung mit unserer Grazer Schwesterfirma
wird das Onboarding künftig zentral aus Graz gesteuert, und die Position Onboarding Coordinator
in Klagenfurt wird ersatzlos gestrichen. Den Bewerbungsprozess beenden wir damit für alle
Kandidatinnen und Kandidaten.

Mit Ihrer Qualifikation hat das nichts zu tun. Falls Sie sich die Grazer Ausschreibung ansehen
möchten, die im November online geht, schreiben Sie mir gerne direkt.

Beste Grüße
Markus Wernig
People & Culture
Kärnten Cloud Systems
Lakeside B07, 9020 Klagenfurt

Gesendet über Recruitee. Antworten auf diese Nachricht gehen direkt an Markus Wernig."""),
    html=simple_html(_kcs, "de"),
))

_drautal = """Sehr geehrte Frau Ferreira-Kunz,

wir bedanken uns für Ihr Interesse an der Drautal Molkerei und für die Zusendung Ihrer
Bewerbungsunterlagen für die Stelle Personalreferentin mit Schwerpunkt Onboarding.

Nach eingehender Durchsicht haben wir uns für Personen entschieden, deren bisheriger Werdegang
unseren Anforderungen in der Lebensmittelproduktion noch näher kommt. Wir bitten um Verständnis,
dass wir Ihre Bewerbung daher nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Ihr Personalteam der Drautal Molkerei eGen
Molkereistraße 3, 9800 Spittal an der Drau"""

add(dict(
    name="softgarden_base64_no", kind="rejection", lang="de",
    company="Drautal Molkerei", contact="",
    frm=("Drautal Molkerei eGen", "noreply@softgarden.io"),
    subject="Ihre Bewerbung: Personalreferentin (w/m/d) Onboarding",
    date="2026-04-24 08:40 +0000",
    cte="base64",
    text=_drautal + "\n\n-- \nDiese Nachricht wurde über softgarden versendet. "
         "Bitte antworten Sie nicht direkt auf diese E-Mail.\n",
    html=ats_card("Drautal Molkerei", _drautal,
                  "Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht "
                  "direkt auf diese E-Mail.", "de", color="#1f4e9c"),
))

add(dict(
    name="privatuni_letter_pdf", kind="rejection", lang="de",
    company="Privatuniversität Schlossberg", contact="ursula.kienzl@pu-schlossberg.example.at",
    frm=("Dr. Ursula Kienzl", "ursula.kienzl@pu-schlossberg.example.at"),
    subject="Auswahlverfahren Koordination Onboarding – Ihr Schreiben",
    date="2026-07-27 14:11 +0200",
    text="""Sehr geehrte Frau Ferreira-Kunz,

im Anhang erhalten Sie unser Schreiben zum Ausgang des Auswahlverfahrens für die Stelle
„Koordination Onboarding wissenschaftliches Personal".

Leider können wir Ihnen keinen positiven Bescheid geben; die Auswahlkommission hat sich für
eine Kandidatin mit Hochschulerfahrung entschieden. Die Einzelheiten entnehmen Sie bitte dem
beigefügten PDF.

Mit freundlichen Grüßen
Dr. Ursula Kienzl
Leiterin Personal & Recht
Privatuniversität Schlossberg Graz
Sporgasse 22, 8010 Graz
""",
    attach=[dict(pdf="Schreiben_Auswahlverfahren_PU-Schlossberg.pdf",
                 title="Privatuniversität Schlossberg Graz – Personal & Recht",
                 lines=["Graz, 27. Juli 2026", "",
                        "Frau Magdalena Ferreira-Kunz", "Grabenstraße 41/7, 8010 Graz", "",
                        "Betreff: Stelle Koordination Onboarding wissenschaftliches Personal", "",
                        "Sehr geehrte Frau Ferreira-Kunz,",
                        "wir danken Ihnen für Ihre Bewerbung und die Teilnahme am Hearing.",
                        "Die Auswahlkommission hat nach Abwägung aller Bewerbungen eine",
                        "Kandidatin vorgeschlagen, die bereits an einer Hochschule tätig war.",
                        "Wir können Ihnen die Stelle daher nicht anbieten.",
                        "Ihre Unterlagen werden nach sechs Monaten gelöscht.", "",
                        "Mit freundlichen Grüßen", "Dr. Ursula Kienzl"])],
))

add(dict(
    name="glasmanufaktur_evidenz", kind="rejection", lang="de",
    company="Wiener Glasmanufaktur Leitgeb", contact="k.strasser@leitgeb-glas.example.at",
    frm=("Katharina Strasser", "k.strasser@leitgeb-glas.example.at"),
    subject="Ihre Bewerbung „Onboarding & Lehrlingsbetreuung\"",
    date="2026-02-27 12:33 +0100", reply="leitgeb-ack",
    text=(_leitgeb := """Sehr geehrte Frau Ferreira-Kunz,

danke für Ihre Geduld. Wir haben nun alle Gespräche zur Stelle „Onboarding &
Lehrlingsbetreuung" geführt und ausgewertet. Für eine Einladung in die zweite Runde reicht es
diesmal nicht – im Vorteil waren Bewerberinnen, die schon Lehrlinge ausgebildet haben.

Wenn Sie einverstanden sind, halten wir Ihre Unterlagen zwölf Monate in Evidenz und kommen auf
Sie zu, falls in der Manufaktur in Ottakring wieder etwas frei wird. Ein kurzes „Ja" als
Antwort genügt.

Freundliche Grüße
Katharina Strasser
Personal | Wiener Glasmanufaktur Leitgeb
Thaliastraße 88, 1160 Wien"""),
    html=simple_html(_leitgeb, "de"),
))

add(dict(
    name="workday_after_interview", kind="rejection", lang="de",
    company="Klinikum Isarauen", contact="",
    frm=("Klinikum Isarauen Karriere", "isarauen@myworkday.com"),
    subject="Ihre Bewerbung: Koordinatorin Onboarding (R-2026-0815) - Rückmeldung",
    subj_enc="iso-8859-1:B",
    date="2026-09-10 09:15 +0000", key="isarauen-reject",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(_isar := """Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für das Interview am 21. August und Ihr Interesse am Klinikum Isarauen.

Wir haben uns dazu entschlossen, das Verfahren mit anderen Kandidatinnen und Kandidaten
fortzusetzen. Diese Wahl ist uns angesichts vieler guter Bewerbungen nicht leichtgefallen.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert; neue Stellenangebote können
Sie dort jederzeit abonnieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Isarauen München

Bitte antworten Sie nicht auf diese automatisch versendete Nachricht."""),
    html=ats_card("Klinikum Isarauen München", _isar,
                  "Powered by Workday. Diese Nachricht wurde automatisch versendet.", "de",
                  color="#005b96"),
))

_glanzer_invite = """Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden Sie
herzlich zu einem Vorstellungsgespräch am Donnerstag, 26. März 2026 um 9:30 Uhr in unser Werk
in Voitsberg ein (Bärnbacher Straße 60, Eingang Verwaltung).

Bitte bestätigen Sie den Termin kurz per Mail.

Mit freundlichen Grüßen
Martina Reinisch
Personal, Glanzer Fensterbau"""

_glanzer_status = """Sehr geehrte Frau Reinisch,

nach unserem Gespräch am 26. März und der zweiten Runde mit Herrn Ing. Glanzer am 8. April
wollte ich mich freundlich nach dem Stand erkundigen. Ich bin nach wie vor sehr interessiert.

Liebe Grüße
Magdalena Ferreira-Kunz"""

add(dict(
    name="fensterbau_long_chain", kind="rejection", lang="de",
    company="Glanzer Fensterbau", contact="martina.reinisch@glanzer-fenster.example.at",
    frm=("Reinisch Martina", "martina.reinisch@glanzer-fenster.example.at"),
    subject="AW: AW: Einladung zum Vorstellungsgespräch – Onboarding & Personaladministration",
    date="2026-04-20 10:48 +0200", reply="<glanzer-status-20260417@example.at>",
    refs=["glanzer-invite", "<glanzer-confirm-20260319@example.at>"],
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

danke für Ihre Nachfrage und entschuldigen Sie, dass Sie so lange warten mussten.

Leider muss ich Ihnen mitteilen, dass wir uns nach der zweiten Gesprächsrunde gegen eine
Zusammenarbeit entschieden haben. Ausschlaggebend war, dass wir für die Position nun doch
jemanden suchen, der neben dem Onboarding auch die Lohnverrechnung übernimmt – das hatten wir in
der Ausschreibung zu wenig deutlich gemacht, und das nehme ich auf meine Kappe.

Alles Gute und freundliche Grüße aus Voitsberg
Martina Reinisch

Glanzer Fensterbau GmbH | Bärnbacher Straße 60 | 8570 Voitsberg
T +43 3142 228 80-15 | FN 40417 p, Landesgericht für ZRS Graz

""" + outlook_block("de", f"{CAND_NAME} <{CAND}>", "Freitag, 17. April 2026 19:02",
                    "Reinisch Martina <martina.reinisch@glanzer-fenster.example.at>",
                    "AW: Einladung zum Vorstellungsgespräch – Onboarding & "
                    "Personaladministration", _glanzer_status)
    + "\n\n" + outlook_block("de", "Reinisch Martina <martina.reinisch@glanzer-fenster.example.at>",
                             "Mittwoch, 18. März 2026 11:20", f"{CAND_NAME} <{CAND}>",
                             "Einladung zum Vorstellungsgespräch – Onboarding & "
                             "Personaladministration", _glanzer_invite),
))

# ---------------------------------------------------------------- English (8)

add(dict(
    name="greenhouse_after_panel_thanks", kind="rejection", lang="en",
    company="Nordlicht Software", contact="anja.petrovic@nordlicht-software.example.at",
    frm=("Anja Petrović via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Anja Petrović", "anja.petrovic@nordlicht-software.example.at"),
    subject="Re: Thank you – Onboarding Coordinator panel",
    date="2026-03-27 14:02 +0000", key="nordlicht-reject", reply="nordlicht-thanks",
    refs=["nordlicht-invite", "nordlicht-moved", "nordlicht-thanks"],
    text="""Hi Magdalena,

Thank you for your kind note after Friday's conversation - the whole panel enjoyed meeting you.

I'm sorry to be writing with news you were hoping not to get. We've offered the Onboarding
Coordinator role to another candidate who has already run onboarding for a distributed
engineering team, and she has accepted. Lukas asked me to pass on that your workshop exercise
was one of the strongest we saw this year.

I'd be glad to stay in touch, and I'll keep you in mind if a People team role opens up in
Vienna later in the year.

All the best,
Anja

Anja Petrović
Talent Partner | Nordlicht Software
Praterstraße 38, 1020 Vienna

""" + reply_quote("en", "Fri, Mar 20, 2026 at 5:41 PM", CAND_NAME, CAND, THANKS_NORDLICHT),
))

_quellwerk = """Dear Magdalena,

Thank you for your application for the position of Employee Onboarding Specialist at Quellwerk
Systems and for the time you spent on it.

We have reviewed your profile carefully. On this occasion we have decided to move forward with
candidates whose experience more closely matches the requirements of the role.

We encourage you to keep an eye on our careers page, as new positions are published regularly.

Kind regards,
Talent Acquisition Team
Quellwerk Systems"""

add(dict(
    name="smartrecruiters_html_only", kind="rejection", lang="en",
    company="Quellwerk Systems", contact="",
    frm=("Quellwerk Systems", "noreply@smartrecruiters.com"),
    subject="Update on your application: Employee Onboarding Specialist",
    date="2026-01-29 16:44 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Quellwerk Systems", _quellwerk,
                  "This email was sent via SmartRecruiters on behalf of Quellwerk Systems GmbH, "
                  "Leopoldstraße 244, 80807 Munich. Please do not reply to this message.",
                  "en", color="#4b2a85"),
))

add(dict(
    name="pharma_role_on_hold", kind="rejection", lang="en",
    company="Ljubljanica Pharma", contact="maja.zupancic@ljubljanica-pharma.example.si",
    frm=("Maja Zupančič", "maja.zupancic@ljubljanica-pharma.example.si"),
    subject="HR Onboarding Coordinator - status of the process",
    date="2026-09-02 11:30 +0200", reply="ljpharma-ac",
    text="""Dear Magdalena,

Thank you for taking part in our assessment day in August and for your patience since then.

I wanted you to hear this from me rather than through the portal: following the group's
decision to freeze headcount in Slovenia for the rest of the year, the HR Onboarding Coordinator
role has been put on hold, and we will not proceed with any of the shortlisted candidates at
this stage.

If the position is reopened in 2027, I would be glad to contact you first.

Kind regards,
Maja Zupančič
HR Business Partner
Ljubljanica Pharma
Dunajska cesta 160, 1000 Ljubljana, Slovenia
+386 1 580 44 27
""",
))

add(dict(
    name="biotech_terse_colleague", kind="rejection", lang="en",
    company="Danube Biologics", contact="tom.brandstaetter@danube-bio.example.at",
    frm=("Tom Brandstaetter", "tom.brandstaetter@danube-bio.example.at"),
    subject="Re: Thursday",
    date="2026-02-16 19:12 +0100", reply="danube-invite",
    refs=["danube-application", "danube-invite"],
    text="""Hi Magdalena,

quick one - thanks for the chat last week. We've gone with someone who's done HR in a lab
setting before, so it's a no from us this time. Sorry it isn't better news.

Cheers,
Tom

Sent from my phone
""",
))

add(dict(
    name="ashby_after_missed_call", kind="rejection", lang="en",
    company="Brightloom Analytics", contact="priya.nair@brightloom.example.es",
    frm=("Brightloom Analytics", "no-reply@ashbyhq.com"),
    reply_to=("Priya Nair", "priya.nair@brightloom.example.es"),
    subject="Your application to Brightloom Analytics",
    date="2026-03-12 10:05 +0000", reply="brightloom-missed",
    text=(_bright := """Hi Magdalena,

Thanks again for your interest in the People Operations Coordinator position at Brightloom
Analytics.

We've reviewed where things stand and we won't be moving your application forward. With the
role starting in April, first-round calls had to be completed within a very short window, and
after our missed call last week we weren't able to find another slot that worked for the team.

We'd be happy to hear from you again for future openings in our Málaga office.

Best,
Priya Nair
People Operations, Brightloom Analytics"""),
    html=ats_card("Brightloom Analytics", _bright,
                  "Sent with Ashby. Replies go to Priya Nair.", "en", color="#111827"),
))

add(dict(
    name="lever_not_progressing", kind="rejection", lang="en",
    company="Rožnik Retail Group", contact="",
    frm=("Rožnik Retail Group", "no-reply@hire.lever.co"),
    subject="Your application at Rožnik Retail Group",
    subj_enc="utf-8:B",
    date="2026-06-08 08:21 +0000",
    text=(_roznik := """Dear Magdalena,

Thank you for applying for the Onboarding Specialist (Retail Operations) role at Rožnik Retail
Group.

Having looked at your application alongside a large number of others, we will not be inviting
you to the interview stage for this role. We appreciate the effort you put into your
application and wish you every success.

Warm regards,
The Rožnik Retail Group recruitment team"""),
    html=ats_card("Rožnik Retail Group", _roznik,
                  "Sent via Lever on behalf of Rožnik Retail Group. This mailbox is not "
                  "monitored.", "en", color="#b91c1c"),
))

add(dict(
    name="headhunter_relays_hotel_no", kind="rejection", lang="en",
    company="Alpine Crest Hotels", contact="j.okafor@harcourt-leigh.example.com",
    frm=("James Okafor", "j.okafor@harcourt-leigh.example.com"),
    subject="Alpine Crest - feedback",
    date="2026-08-03 17:26 +0200", key="alpine-reject",
    refs=["harcourt-cold", "alpine-invite", "alpine-cancel"],
    text="""Hello Magdalena,

I've had the feedback from Alpine Crest after your conversation with their regional HR
director. They liked your energy and your story about settling three-year-olds into a new group
- genuinely - but they've decided to appoint someone with multi-site hotel experience, given
that the role covers two new openings in Kitzbühel and Zell am See next season.

I know that's disappointing after two rounds and a postponed meeting. Let's have a call next
week about what else I'm working on; I think hospitality is still a good angle for you.

Best regards,
James

James Okafor
Principal Consultant, People & HR practice
Harcourt Leigh Search
Kärntner Ring 5-7, 1010 Vienna | +43 1 205 77 19

This email and any attachments are confidential and may be privileged. If you are not the
intended recipient, please notify the sender and delete it.
""",
))

add(dict(
    name="icims_position_filled", kind="rejection", lang="en",
    company="Trnovo Institute of Technology", contact="",
    frm=("Trnovo Institute of Technology Careers", "noreply@icims.com"),
    subject="Position update - Onboarding & Welcome Services Coordinator (Req 2026-0311)",
    date="2026-05-15 13:50 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Magdalena Ferreira-Kunz,

We are writing regarding your application for Onboarding & Welcome Services Coordinator (Req
2026-0311).

This position has now been filled, and the recruitment for it is closed. Your application will
therefore not be considered further.

We thank you for your interest in working at the Trnovo Institute of Technology and invite you
to create a job alert on our careers site.

Human Resources
Trnovo Institute of Technology
Jamova cesta 39, 1000 Ljubljana, Slovenia

---------------------------------------------------------------------
This message was sent from an unattended mailbox via iCIMS. Replies are not monitored.
Privacy notice: your personal data is processed in accordance with Regulation (EU) 2016/679.
---------------------------------------------------------------------
""",
))

# ---------------------------------------------------------------- French (4)

_ill_cancel = """Madame Ferreira-Kunz,

Je suis au regret de devoir annuler l'entretien prévu ce jeudi 7 mai à 14h00. Notre directrice
des soins a été appelée en urgence à l'ARS et le jury ne peut pas se réunir.

Je reviens vers vous rapidement.

Sandrine Muller-Kieffer"""

add(dict(
    name="clinique_filled_internally", kind="rejection", lang="fr",
    company="Clinique de l'Ill", contact="s.mullerkieffer@clinique-ill.example.fr",
    frm=("Sandrine Muller-Kieffer", "s.mullerkieffer@clinique-ill.example.fr"),
    subject="RE: Annulation - entretien du 7 mai",
    date="2026-05-26 09:41 +0200", key="ill-reject", reply="ill-cancel",
    refs=["ill-invite", "ill-cancel"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Je reviens vers vous comme promis après l'annulation de notre entretien du 7 mai.

Entre-temps, la direction a décidé de confier la coordination de l'accueil des nouveaux salariés
à une collaboratrice du service formation, qui assurait déjà une partie de ces missions. Le
poste ne sera donc pas pourvu en externe et nous ne pourrons pas donner suite à votre
candidature.

Je suis sincèrement désolée de ce dénouement, après le temps que vous nous avez consacré.

Bien cordialement,

Sandrine Muller-Kieffer
Responsable du développement RH
Clinique de l'Ill
12 quai des Bateliers, 67000 Strasbourg
Tél. : +33 3 88 25 61 40

""" + reply_quote("fr", "lun. 4 mai 2026 à 17:02", "Sandrine Muller-Kieffer",
                  "s.mullerkieffer@clinique-ill.example.fr", _ill_cancel),
))

add(dict(
    name="cabinet_relays_client_no", kind="rejection", lang="fr",
    company="Maison Schaeffer Distribution", contact="julien.metzger@vosges-talents.example.fr",
    frm=("Julien Metzger", "julien.metzger@vosges-talents.example.fr"),
    subject="Maison Schaeffer : retour après votre entretien",
    subj_enc="iso-8859-1:Q",
    date="2026-06-04 12:15 +0200", reply="schaeffer-invite",
    charset="windows-1252",
    text=(_schaeffer := """Bonjour Magdalena,

J’ai eu ce matin le retour de Maison Schaeffer après votre entretien avec Mme Hartmann.

Ils ont beaucoup apprécié votre parcours et votre façon de parler de l’accueil des familles,
mais ils ont choisi une candidate déjà en poste dans la grande distribution, qui connaît les
contraintes des ouvertures de magasins le dimanche. Pour ce poste, la réponse est donc non.

Je sais que vous aviez ce poste à cœur. Je garde votre dossier actif : deux de nos clients
industriels à Molsheim recrutent à la rentrée et je pense à vous.

Bien à vous,
Julien Metzger
Consultant senior – Cabinet Vosges Talents
5 rue du Dôme, 67000 Strasbourg – 03 88 32 17 90"""),
    html=word_html(_schaeffer, "fr"),
))

add(dict(
    name="institut_bamboohr_formal", kind="rejection", lang="fr",
    company="Institut Rhénan de Formation", contact="",
    frm=("Institut Rhénan de Formation", "notifications@bamboohr.com"),
    frm_enc="iso-8859-1:B",
    subject="Votre candidature au poste de chargée d'intégration",
    subj_enc="iso-8859-1:B",
    date="2026-03-31 15:02 +0000",
    charset="iso-8859-1", cte="base64",
    text="""Madame Ferreira-Kunz,

Nous vous remercions de l'intérêt que vous portez à l'Institut Rhénan de Formation et de votre
candidature au poste de chargée d'intégration des nouveaux collaborateurs.

Après examen attentif de l'ensemble des dossiers reçus, nous ne sommes pas en mesure de donner
une suite favorable à votre candidature.

Nous conservons vos coordonnées, sauf avis contraire de votre part, afin de pouvoir vous
proposer d'autres opportunités.

Le service des ressources humaines
Institut Rhénan de Formation
Ce message vous est adressé automatiquement ; merci de ne pas y répondre.
""",
))

add(dict(
    name="caviste_casual_no", kind="rejection", lang="fr",
    company="Caves du Neudorf", contact="lea.ostermann@caves-neudorf.example.fr",
    frm=("Léa Ostermann", "lea.ostermann@caves-neudorf.example.fr"),
    subject="petit retour",
    date="2026-10-14 20:31 +0200",
    text="""Salut Magdalena,

Je te fais un petit retour, comme promis au téléphone : on a finalement choisi une candidate
qui parle alsacien et qui connaît déjà la moitié des vignerons avec qui on travaille. Pour la
boutique et l'accueil des saisonniers, ça pesait lourd.

Merci encore d'être passée à la boutique, et bon courage pour la suite - je suis sûre que ça va
vite se débloquer pour toi !

Léa
Caves du Neudorf - 41 route du Polygone, Strasbourg
""",
))

# ---------------------------------------------------------------- Spanish (4)

add(dict(
    name="hospital_successfactors_es", kind="rejection", lang="es",
    company="Hospital Guadalmedina", contact="",
    frm=("Hospital Guadalmedina - Selección", "noreply@successfactors.eu"),
    subject="Proceso HG-2026-117: Coordinador/a de Acogida e Incorporación",
    date="2026-05-04 07:05 +0000", key="guadalmedina-reject",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Ferreira-Kunz:

Le agradecemos el interés mostrado por la vacante de Coordinador/a de Acogida e Incorporación
(ref. HG-2026-117) y el tiempo dedicado al proceso.

Lamentamos comunicarle que su candidatura no ha resultado seleccionada para la siguiente fase.

Conservaremos sus datos durante doce meses para futuros procesos, salvo que nos indique lo
contrario a través del portal de empleo.

Atentamente,
Departamento de Recursos Humanos
Hospital Guadalmedina
Avda. de Andalucía 41, 29007 Málaga

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
""",
))

add(dict(
    name="agencia_relays_almendral_no", kind="rejection", lang="es",
    company="Grupo Almendral", contact="alvaro.jimenez@talentosur.example.es",
    frm=("Álvaro Jiménez Peña", "alvaro.jimenez@talentosur.example.es"),
    subject="Grupo Almendral: respuesta tras la entrevista",
    date="2026-07-21 13:58 +0200", reply="almendral-invite",
    text="""Hola Magdalena:

Te escribo después de hablar con Carmen, la directora de personas de Grupo Almendral. Me pidió
que te diera las gracias por la entrevista del jueves; les gustó mucho cómo explicaste la
manera de acompañar a las familias el primer día de guardería.

Aun así, se van a quedar con otra candidata que ya ha coordinado aperturas de tiendas en la
Costa del Sol: en otoño abren tres supermercados y necesitan a alguien rodado desde el primer
día.

Siento no traerte mejores noticias. Sigo moviendo tu perfil, ¿hablamos la semana que viene?
Te reenvío abajo lo que me escribió Carmen, para que lo tengas de primera mano.

Un abrazo,
Álvaro Jiménez Peña
Consultor de selección | Talento Sur Selección
C/ Marqués de Larios 8, 3.º, 29005 Málaga | 952 61 48 07

""" + forwarded("es", "Carmen Ruiz <carmen.ruiz@grupoalmendral.example.es>",
                   "lun, 20 jul 2026, 18:12", "Candidata Ferreira-Kunz",
                   "Álvaro Jiménez Peña <alvaro.jimenez@talentosur.example.es>",
                   """Álvaro, buenas tardes:

Gracias por presentarnos a Magdalena; la entrevista del jueves fue muy agradable y su
experiencia con las familias nos pareció muy valiosa. Finalmente nos quedamos con la otra
candidata finalista, que ya ha abierto tiendas en la zona y puede empezar en septiembre.

Dale las gracias de nuestra parte, por favor.

Carmen Ruiz
Directora de Personas | Grupo Almendral"""),
))

add(dict(
    name="universidad_plaza_anulada", kind="rejection", lang="es",
    company="Universidad del Limonar", contact="inmaculada.torres@ulimonar.example.es",
    frm=("Inmaculada Torres", "inmaculada.torres@ulimonar.example.es"),
    subject="Plaza de Técnica de Acogida e Integración",
    subj_enc="utf-8:B",
    date="2026-09-28 10:24 +0200", reply="limonar-missed",
    text="""Estimada Magdalena:

Lamento tener que escribirte con esta noticia. El Consejo de Gobierno aprobó ayer la reducción
del presupuesto de personal de administración para el curso 2026/27 y, como consecuencia, la
plaza de Técnica de Acogida e Integración queda anulada. El proceso se cierra sin adjudicación
para todas las personas candidatas.

Te pido disculpas también por la confusión con la videollamada de septiembre; ya no tiene
sentido reprogramarla.

Un cordial saludo,
Inmaculada Torres
Servicio de Personal de Administración y Servicios
Universidad del Limonar
Camino del Limonar s/n, 29016 Málaga
""",
))

_rincon_thanks = """Buenas tardes, Paco:

Muchas gracias por la entrevista de esta mañana y por enseñarme la línea de envasado. Me ha
encantado ver cómo recibís a la gente de temporada.

Quedo a la espera de vuestras noticias.

Un saludo,
Magdalena Ferreira-Kunz"""

add(dict(
    name="conservas_after_interview", kind="rejection", lang="es",
    company="Fábrica de Conservas Rincón", contact="francisco.galvez@conservasrincon.example.es",
    frm=("Paco Gálvez Ruiz", "francisco.galvez@conservasrincon.example.es"),
    subject="RE: Gracias por la entrevista",
    date="2026-10-09 09:12 +0200", reply="<rincon-thanks-20261006@example.at>",
    refs=["rincon-invite"],
    charset="windows-1252", cte="quoted-printable",
    text=(_rincon := """Buenos días, Magdalena:

Gracias por tu correo tan amable después de la entrevista del martes. Te contesto con
sinceridad: no ha podido ser. Para el puesto hemos elegido a una persona de la plantilla de
temporada, que conoce la fábrica por dentro y habla el mismo idioma que los encargados de línea.

Me quedo con tu CV por si en primavera, con la campaña del boquerón, necesitamos reforzar el
equipo de RR. HH.

Un saludo,
Paco Gálvez
Responsable de Personas
Fábrica de Conservas Rincón, S.L.
Polígono Trévenez, C/ Alcalde Garret 12, 29196 Málaga
Tel. 952 17 30 66

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.

""" + outlook_block("es", f"{CAND_NAME} <{CAND}>", "martes, 6 de octubre de 2026 18:40",
                    "Paco Gálvez Ruiz <francisco.galvez@conservasrincon.example.es>",
                    "Gracias por la entrevista", _rincon_thanks)),
    html=word_html(_rincon, "es"),
))
