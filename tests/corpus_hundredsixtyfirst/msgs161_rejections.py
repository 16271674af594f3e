"""Corpus 161, rejections: 31 hand-written messages (de 15, en 8, fr 4, es 4)."""

from __future__ import annotations

from msgs161_common import (
    CANDIDATE,
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    ats_card,
    ecrit_fr,
    escribio_es,
    outlook_block,
    outlook_html,
    plain,
    quote,
    schrieb_de,
    simple_html,
    wrote_en,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ----------------------------------------------------------------------------------- German

_kt = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "vielen Dank für Ihr Interesse an der Kontorhaus Treuhand GmbH und die Zeit, die Sie in "
    "Ihre Bewerbung als Kreditorenbuchhalter (m/w/d) investiert haben.",
    "Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir "
    "Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.",
    "Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des "
    "Verfahrens gelöscht.",
    "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
    "Mit freundlichen Grüßen\nIhr Recruiting-Team der Kontorhaus Treuhand GmbH",
]
add(M(
    kind="rejection", name="personio_kontorhaus_formal", lang="de",
    company="Kontorhaus Treuhand", contact="",
    frm=("Kontorhaus Treuhand GmbH", "no-reply@personio.de"),
    subject="Ihre Bewerbung als Kreditorenbuchhalter (m/w/d) bei der Kontorhaus Treuhand GmbH",
    date="2026-02-20 07:45", id="kt-rej", reply=["kt-ack"],
    text=plain(_kt),
    html=ats_card("Kontorhaus Treuhand", _kt, accent="#23395d", footer=[
        "Kontorhaus Treuhand GmbH · Mönckebergstraße 7 · 20095 Hamburg",
        "Diese Nachricht wurde über Personio versendet. Bitte antworten Sie nicht auf diese "
        "E-Mail."]),
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Personio Recruiting")],
))

_mq = [
    "Guten Tag Frau Vasquez-Halvorsen,",
    "haben Sie vielen Dank für Ihre Bewerbung als Sachbearbeiterin Finanzbuchhaltung "
    "(Schwerpunkt Kreditoren) an unserem Standort Hannover.",
    "Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich sind wir mit Kandidatinnen "
    "und Kandidaten weitergegangen, deren Erfahrung in der Versicherungsbuchhaltung dem "
    "Anforderungsprofil näher kommt.",
    "Wir würden uns freuen, wenn Sie unsere Stellenangebote weiterhin verfolgen.",
    "Freundliche Grüße\nPersonalmarketing & Recruiting\nMarquardt Versicherungsgruppe",
]
add(M(
    kind="rejection", name="taleo_marquardt_html_only", lang="de",
    company="Marquardt Versicherungsgruppe", contact="",
    frm=("Marquardt Versicherungsgruppe", "marquardt-vg.noreply@taleo.net"),
    subject="Ihre Bewerbung – Sachbearbeitung Finanzbuchhaltung (Req. 26-0113)",
    subj_enc="utf-8:B", date="2026-03-18 16:02", id="mq-rej", reply=["mq-ack"],
    html=ats_card("Marquardt Versicherungsgruppe", _mq, accent="#7a1f2b", footer=[
        "Marquardt Versicherungsgruppe AG · Sitz der Gesellschaft: Hannover · Amtsgericht "
        "Hannover HRB 55501",
        "Vorsitzender des Aufsichtsrats: Dr. Heiko Rasch · Vorstand: Corinna Melchers (Vors.), "
        "Bernd Ullrich",
        "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
        "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender "
        "und vernichten Sie diese E-Mail."]),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_dg_quoted = (
    "Hallo Frau Mählmann,\n\n"
    "es tut mir sehr leid, dass ich das Video-Interview am Montag verpasst habe – der Link aus "
    "der Einladung landete bei mir im Spam-Ordner. Wäre ein neuer Termin für das Interview "
    "möglich? Ich bin die ganze Woche flexibel.\n\n"
    "Viele Grüße\nIngrid Vasquez-Halvorsen\n\n"
    + schrieb_de("Mo., 13. Apr. 2026 um 10:41", "Kerstin Mählmann",
                 "k.maehlmann@deichgraf-logistik.example.de") + "\n"
    + quote("Hallo Frau Vasquez-Halvorsen,\n\nHerr Witte und ich waren heute um 10:00 Uhr im "
            "Video-Raum, Sie haben sich aber nicht dazugeschaltet. Nach 20 Minuten haben wir den "
            "Raum geschlossen.\n\nViele Grüße\nKerstin Mählmann")
)
add(M(
    kind="rejection", name="deichgraf_role_frozen", lang="de",
    company="Deichgraf Logistik", contact="k.maehlmann@deichgraf-logistik.example.de",
    frm=("Kerstin Mählmann", "k.maehlmann@deichgraf-logistik.example.de", "iso-8859-1:Q"),
    subject="AW: Neuer Termin für das Video-Interview?",
    date="2026-04-16 11:27", id="dg-rej", reply=["dg-invite", "dg-missed", "dg-ask"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "danke für Ihre Nachricht und Ihr Verständnis für die Verwirrung mit dem Link.\n\n"
        "Einen neuen Termin kann ich Ihnen trotzdem nicht geben, und das hat nichts mit Ihnen zu "
        "tun: Die Geschäftsführung hat gestern entschieden, die Stelle Referent/in "
        "Kreditorenmanagement bis auf Weiteres einzufrieren. Wir führen das Verfahren deshalb "
        "nicht fort und schließen alle offenen Bewerbungen.\n\n"
        "Falls die Stelle später im Jahr neu ausgeschrieben wird, dürfen Sie sich gern wieder "
        "melden.\n\n"
        "Viele Grüße aus Bremen\n"
        "Kerstin Mählmann\n"
        "Personalreferentin\n"
        "Deichgraf Logistik GmbH & Co. KG\n"
        "Am Speicher XI 4 · 28217 Bremen\n"
        "Tel. +49 421 5550 3312\n\n"
        + schrieb_de("Do., 16. Apr. 2026 um 08:03", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_dg_quoted) + "\n"
    ),
))

add(M(
    kind="rejection", name="tiedemann_terse_latin1", lang="de",
    company="Kaffeerösterei Tiedemann", contact="h.tiedemann@tiedemann-kaffee.example.de",
    frm=("Hinrich Tiedemann", "h.tiedemann@tiedemann-kaffee.example.de"),
    subject="AW: Bewerbung Buchhaltung (Teilzeit, 25 Std.)",
    date="2026-01-27 19:12", reply=["tiedemann-application"],
    charset="iso-8859-1", cte="8bit",
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "danke für die Unterlagen. Wir haben die Stelle mit jemandem aus der Nachbarschaft "
        "besetzt, der schon bei uns ausgeholfen hat. Für Sie wird es also nichts.\n\n"
        "Gruß aus der Überseestadt\n"
        "H. Tiedemann\n"
    ),
))

add(M(
    kind="rejection", name="lindholm_relays_client_no", lang="de",
    company="Cuxhavener Fischkontor", contact="j.osterloh@lindholm-personal.example.de",
    frm=("Jannik Osterloh", "j.osterloh@lindholm-personal.example.de"),
    subject="Rückmeldung vom Cuxhavener Fischkontor",
    date="2026-05-07 15:40",
    text=(
        "Moin Frau Vasquez-Halvorsen,\n\n"
        "ich habe heute Mittag mit der Buchhaltungsleitung vom Cuxhavener Fischkontor "
        "telefoniert. Sie möchten Ihr Profil leider nicht weiterverfolgen. Als Grund wurde mir "
        "genannt, dass sie für die Saison ab Juni jemanden brauchen, der DATEV Unternehmen online "
        "schon im Schlaf bedient und ohne Einarbeitung startet.\n\n"
        "Ich weiß, das ist ärgerlich, gerade weil Sie die Stelle spannend fanden. Ich habe aber "
        "noch zwei Einsätze in Bremen-Nord in der Pipeline und melde mich Anfang nächster Woche "
        "dazu.\n\n"
        "Beste Grüße\n"
        "Jannik Osterloh\n"
        "Personaldisponent\n"
        "Lindholm Personaldienste GmbH · Bahnhofsplatz 12 · 28195 Bremen\n"
        "T +49 421 5550 7780 · M +49 160 5550 2231\n"
    ),
))

_ha_thanks = (
    "Liebe Frau Wiebe,\n\n"
    "vielen Dank für das angenehme Gespräch heute Vormittag und die offene Runde mit Frau "
    "Ohlsen. Die Einblicke in den Zahlungsverkehr der Schadenabteilung fand ich sehr "
    "spannend. Ich freue mich auf den nächsten Schritt und ein mögliches zweites Interview.\n\n"
    "Herzliche Grüße\nIngrid Vasquez-Halvorsen"
)
_ha_new = [
    "Liebe Frau Vasquez-Halvorsen,",
    "danke für Ihre freundlichen Zeilen – das Gespräch hat auch uns Freude gemacht. Umso schwerer "
    "fällt mir diese Nachricht: Eine Zusage für die Position im Zahlungsverkehr können wir Ihnen "
    "nicht geben. Den Ausschlag hat am Ende die mehrjährige Erfahrung mit Versicherungs-"
    "abrechnungen gegeben, die ein Mitbewerber mitbringt.",
    "Frau Ohlsen hat mich ausdrücklich gebeten, Ihnen zu sagen, wie gut Ihr Umgang mit den "
    "Abstimmungsfragen war. Bitte behalten Sie uns im Blick.",
    "Herzliche Grüße\nJana Wiebe\nTalent Acquisition\nHanse Assekuranz AG\nBallindamm 22, "
    "20095 Hamburg\nTelefon +49 40 5550 6120",
]
_ha_disc = (
    "Hanse Assekuranz AG · Sitz Hamburg · Registergericht Hamburg HRB 99120 · Vorstand: "
    "Dr. Ulrike Behn (Vorsitz), Marcus Fehrs\n"
    "Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. "
    "Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender "
    "und löschen Sie die Nachricht."
)
add(M(
    kind="rejection", name="hanse_after_interview_quotes_thanks", lang="de",
    company="Hanse Assekuranz", contact="jana.wiebe@hanse-assekuranz.example.de",
    frm=("Jana Wiebe", "jana.wiebe@hanse-assekuranz.example.de"),
    subject="AW: Danke für das Gespräch am Dienstag",
    date="2026-03-12 10:06", id="ha-rej", reply=["ha-invite", "ha-reinvite", "ha-thanks"],
    text=plain(_ha_new) + "\n" + _ha_disc + "\n\n" + outlook_block(
        "de", f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>", "Dienstag, 3. März 2026 18:52",
        "Wiebe, Jana <jana.wiebe@hanse-assekuranz.example.de>",
        "Danke für das Gespräch am Dienstag", _ha_thanks),
    html=outlook_html([*_ha_new, _ha_disc], quoted=outlook_block(
        "de", f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>", "Dienstag, 3. März 2026 18:52",
        "Wiebe, Jana <jana.wiebe@hanse-assekuranz.example.de>",
        "Danke für das Gespräch am Dienstag", _ha_thanks)),
    html_charset="windows-1252",
))

add(M(
    kind="rejection", name="fleetwerk_filled_internally", lang="de",
    company="Fleetwerk Hotels", contact="leonie.strathmann@fleetwerk-hotels.example.de",
    frm=("Leonie Strathmann", "leonie.strathmann@fleetwerk-hotels.example.de"),
    subject="Accounts Payable Specialist – ein Update von uns",
    date="2026-06-09 13:18", id="fw-rej", reply=["fw-invite"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "nach unserem Telefonat letzte Woche hat sich bei uns eine Wendung ergeben, die ich Ihnen "
        "nicht vorenthalten möchte: Eine Kollegin aus unserem Haus am Rödingsmarkt wechselt in "
        "die Finanzabteilung und übernimmt die Aufgaben als Accounts Payable Specialist. Die "
        "externe Ausschreibung ist damit erledigt, und ich kann Sie leider nicht weiter im "
        "Verfahren führen.\n\n"
        "Mir hat unser Gespräch gefallen – Ihre Erfahrung aus dem Night Audit ist genau die Art "
        "Genauigkeit, die man in der Kreditorenbuchhaltung braucht. Ich wünsche Ihnen, dass es "
        "bald klappt.\n\n"
        "Herzliche Grüße\n"
        "Leonie Strathmann\n"
        "People & Culture · Fleetwerk Hotels\n"
        "Admiralitätstraße 60 · 20459 Hamburg\n"
    ),
    cte="base64",
))

add(M(
    kind="rejection", name="speicherstadt_casual_du", lang="de",
    company="Speicherstadt Hotelbetriebe", contact="ole.harms@speicherstadt-hotels.example.de",
    frm=("Ole Harms", "ole.harms@speicherstadt-hotels.example.de"),
    subject="kurzes Update nach Mittwoch",
    date="2026-07-03 21:47", id="ss-rej", reply=["ss-invite"],
    text=(
        "Hey Ingrid,\n\n"
        "ich mach's kurz, weil ich es doof finde, sowas lange per Mail zu schreiben: Wir haben "
        "uns im Team für jemand anderen entschieden. Es war echt knapp zwischen euch beiden, und "
        "am Ende hat den Ausschlag gegeben, dass sie schon mal ein Hotel-Reporting in Opera "
        "gebaut hat.\n\n"
        "Wenn bei uns in der Buchhaltung wieder was frei wird, schreibe ich dir direkt, "
        "versprochen. Und danke nochmal für den Kaffee und die Geschichten aus dem Nachtdienst 🙂\n\n"
        "Ole\n\n"
        "--\nOle Harms · Leitung Finanzen\nSpeicherstadt Hotelbetriebe GmbH\n"
    ),
    html=simple_html([
        "Hey Ingrid,",
        "ich mach's kurz, weil ich es doof finde, sowas lange per Mail zu schreiben: Wir haben "
        "uns im Team für jemand anderen entschieden. Es war echt knapp zwischen euch beiden, und "
        "am Ende hat den Ausschlag gegeben, dass sie schon mal ein Hotel-Reporting in Opera "
        "gebaut hat.",
        "Wenn bei uns in der Buchhaltung wieder was frei wird, schreibe ich dir direkt, "
        "versprochen. Und danke nochmal für den Kaffee und die Geschichten aus dem Nachtdienst 🙂",
        "Ole",
        "--\nOle Harms · Leitung Finanzen\nSpeicherstadt Hotelbetriebe GmbH"]),
))

add(M(
    kind="rejection", name="kessler_brandt_cp1252", lang="de",
    company="Kessler & Brandt", contact="b.kessler@kessler-brandt.example.de",
    frm=("Birte Kessler", "b.kessler@kessler-brandt.example.de"),
    subject="Ihre Bewerbung als Buchhalterin (Kreditoren) – Kessler & Brandt",
    subj_enc="windows-1252:Q",
    date="2026-01-30 09:31", id="kb-rej", reply=["kb-apply", "kb-ack"],
    charset="windows-1252", cte="quoted-printable",
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "nochmals besten Dank für Ihre Bewerbung und Ihr Interesse an unserer Kanzlei.\n\n"
        "Wir bedauern, Ihnen mitteilen zu müssen, dass unsere Wahl für die Stelle auf eine "
        "Bewerberin gefallen ist, die bereits als „Steuerfachangestellte“ in einer Kanzlei "
        "gearbeitet hat. Ihre Unterlagen werden wir – wie in unserer Eingangsbestätigung "
        "angekündigt – nach Ablauf der gesetzlichen Frist datenschutzgerecht löschen.\n\n"
        "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Birte Kessler\n"
        "Steuerberaterin · Partnerin\n"
        "Kessler & Brandt Steuerberatungsgesellschaft mbH\n"
        "Hofweg 88 · 22085 Hamburg\n"
        "Tel. 040 5550 4410 · Fax 040 5550 4419\n"
    ),
))

add(M(
    kind="rejection", name="brueckner_unnamed_client", lang="de",
    company="Brückner Executive Search", contact="f.brueckner@brueckner-search.example.de",
    frm=("Dr. Fabian Brückner", "f.brueckner@brueckner-search.example.de", "utf-8:B"),
    subject="Mandat Teamleitung Kreditoren (Bremen) – aktueller Stand",
    date="2026-08-19 08:55",
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "ich hatte Ihnen zugesagt, mich nach der Sichtung der Shortlist durch meinen Mandanten "
        "– einen Reedereiverbund mit Sitz in Bremen – zu melden.\n\n"
        "Der Mandant hat sich auf zwei Kandidatinnen mit mehrjähriger Führungserfahrung und "
        "SAP-S/4HANA-Hintergrund festgelegt. Ich werde Ihr Profil für dieses Mandat daher nicht "
        "weiter präsentieren. Das sagt nichts über Ihre Eignung für Fachrollen aus; für eine "
        "Führungsposition fehlt dem Mandanten schlicht die disziplinarische Erfahrung.\n\n"
        "Ich melde mich, sobald ich eine Fachposition betreue, die zu Ihnen passt.\n\n"
        "Mit besten Grüßen\n"
        "Dr. Fabian Brückner\n"
        "Managing Partner\n"
        "Brückner Executive Search GmbH · Neuer Wall 30 · 20354 Hamburg\n"
        "+49 40 5550 9901\n"
    ),
))

add(M(
    kind="rejection", name="maschsee_assessment_score", lang="de",
    company="Maschsee Versicherung", contact="tobias.engelke@maschsee-versicherung.example.de",
    frm=("Maschsee Versicherung Recruiting", "noreply@successfactors.eu"),
    reply_to=("Tobias Engelke", "tobias.engelke@maschsee-versicherung.example.de"),
    subject="Rückmeldung zu Ihrem Online-Assessment", subj_enc="iso-8859-1:Q",
    date="2026-05-29 17:20",
    text=plain([
        "Sehr geehrte Frau Vasquez-Halvorsen,",
        "danke, dass Sie am Online-Assessment für die Position Sachbearbeitung Zahlungsverkehr "
        "teilgenommen haben.",
        "Ihr Ergebnis im Teil „Zahlenverständnis und Kontenabstimmung“ lag unter dem Wert, den "
        "wir für die Einladung in die Auswahlgespräche ansetzen. Wir können Sie deshalb nicht in "
        "die nächste Runde übernehmen und beenden das Verfahren an dieser Stelle.",
        "Bei Fragen zu Ihrem Ergebnis antworten Sie gern auf diese Nachricht; sie erreicht "
        "Herrn Engelke aus dem Recruiting direkt.",
        "Freundliche Grüße\nMaschsee Versicherung a. G.\nRecruiting",
    ]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_jb = [
    "Hallo Ingrid,",
    "vielen Dank für Ihre Bewerbung auf die Stelle Junior Accountant Accounts Payable "
    "(R-004417) bei Jadebusen Shipping.",
    "Leider hat sich Ihre Bewerbung in diesem Verfahren nicht durchgesetzt. Ihren Status können "
    "Sie jederzeit im Kandidatenportal einsehen.",
    "Schauen Sie gern regelmäßig auf unserer Karriereseite vorbei – neue Positionen werden dort "
    "zuerst veröffentlicht.",
    "Viele Grüße\nTalent Acquisition | Jadebusen Shipping",
]
add(M(
    kind="rejection", name="workday_jadebusen", lang="de",
    company="Jadebusen Shipping", contact="",
    frm=("Jadebusen Shipping", "jadebusen@myworkday.com"),
    subject="Update zu Ihrer Bewerbung: Junior Accountant Accounts Payable (R-004417)",
    date="2026-04-02 04:12", tz="+0000", id="jb-rej", reply=["jb-ack"],
    text=plain(_jb),
    html=ats_card("Jadebusen Shipping", _jb, accent="#005f86",
                  button=("Zum Kandidatenportal",
                          "https://jadebusen.wd3.myworkday.com/jadebusen/d/home.htmld"),
                  footer=["Jadebusen Shipping GmbH · Wilhelmshaven",
                          "Diese E-Mail wurde automatisch erstellt."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_hh = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "wir haben Ihre Bewerbung als Mitarbeiterin Hotelbuchhaltung / Accounts Payable in unserem "
    "Haus am Georgengarten sorgfältig geprüft.",
    "Ihre Qualifikationen haben uns durchaus angesprochen; für genau diese Stelle passt Ihr "
    "Profil jedoch nicht eng genug zu dem, was das Team gerade braucht. Wir müssen Ihnen daher "
    "heute eine negative Antwort geben.",
    "Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen alles Gute.",
    "Ihr Team Human Resources\nHerrenhausen Hotels",
]
add(M(
    kind="rejection", name="softgarden_herrenhausen_base64", lang="de",
    company="Herrenhausen Hotels", contact="",
    frm=("Herrenhausen Hotels", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei Herrenhausen Hotels", date="2026-06-25 12:00",
    id="hh-rej", reply=["hh-ack"],
    text=plain(_hh), html=ats_card("Herrenhausen Hotels", _hh, accent="#4a6b3a", footer=[
        "Herrenhausen Hotels GmbH · Herrenhäuser Straße 3 · 30419 Hannover",
        "Versendet mit softgarden"]),
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

_sp_move = (
    "Guten Tag Frau Vasquez-Halvorsen,\n\n"
    "wir müssen Ihren Probearbeitstag leider verschieben, da unsere Kollegin aus der "
    "Kreditorenbuchhaltung am 12. Mai im Jahresabschluss eines Mandanten gebunden ist. "
    "Neuer Termin: Dienstag, 19. Mai, 8:30 Uhr, gleiche Adresse.\n\n"
    "Freundliche Grüße\nMarlene Rieck"
)
_sp_new = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "vielen Dank für Ihren Einsatz beim Probearbeitstag am Dienstag. Wir haben uns im Team "
    "beraten und sind zu dem Ergebnis gekommen, die Zusammenarbeit nicht zu beginnen. Das Tempo "
    "bei der Belegprüfung im Mandantengeschäft ist höher, als wir es Ihnen nach der kurzen "
    "Einarbeitung zumuten möchten.",
    "Wir danken Ihnen für Ihre Offenheit und wünschen Ihnen viel Erfolg.",
    "Mit freundlichen Grüßen\n\nMarlene Rieck\nOffice Management & Personal\n"
    "Steinhoff & Partner mbB Wirtschaftsprüfer Steuerberater\n"
    "Schwachhauser Heerstraße 101 · 28211 Bremen\nTel.: +49 421 5550 2850",
    "Steinhoff & Partner mbB · Partnerschaftsregister AG Bremen PR 311 · Diese E-Mail enthält "
    "vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
    "den Absender und löschen Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte "
    "Weitergabe dieser Mail sind nicht gestattet.",
]
_sp_block = outlook_block(
    "de", "Rieck, Marlene <m.rieck@steinhoff-partner.example.de>",
    "Donnerstag, 7. Mai 2026 14:03", f"'{CANDIDATE_ADDR}'",
    "Verschiebung Probearbeitstag", _sp_move, separator=True)
add(M(
    kind="rejection", name="steinhoff_after_trial_day_chain", lang="de",
    company="Steinhoff & Partner", contact="m.rieck@steinhoff-partner.example.de",
    frm=("Rieck, Marlene", "m.rieck@steinhoff-partner.example.de"),
    subject="AW: Verschiebung Probearbeitstag",
    date="2026-05-22 15:34", id="sp-rej", reply=["sp-invite", "sp-move"],
    charset="windows-1252", cte="quoted-printable",
    text=plain(_sp_new) + "\n" + _sp_block,
    html=outlook_html(_sp_new, quoted=_sp_block),
    headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Verschiebung Probearbeitstag")],
))

_hc_ask = (
    "Sehr geehrter Herr Böttcher,\n\n"
    "ich hatte mich am 2. Februar auf die Stelle als Buchhalterin Kreditoren beworben und "
    "wollte freundlich nachfragen, ob Sie schon absehen können, wann die Vorstellungsgespräche "
    "stattfinden. Für ein Gespräch bin ich jederzeit kurzfristig verfügbar.\n\n"
    "Mit freundlichen Grüßen\nIngrid Vasquez-Halvorsen"
)
add(M(
    kind="rejection", name="hafencity_position_gone_status_chain", lang="de",
    company="Hafencity Facility Services", contact="c.boettcher@hafencity-fs.example.de",
    frm=("Carsten Böttcher", "c.boettcher@hafencity-fs.example.de", "iso-8859-1:B"),
    subject="Re: Nachfrage zu meiner Bewerbung vom 2. Februar",
    date="2026-03-09 16:51", reply=["hafencity-status"],
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Guten Tag Frau Vasquez-Halvorsen,\n\n"
        "danke der Nachfrage. Die Position ist inzwischen vergeben, die Gespräche haben bereits "
        "im Februar stattgefunden. Ein Gespräch kann ich Ihnen daher nicht mehr anbieten - ich "
        "hätte Ihnen das früher schreiben sollen, entschuldigen Sie bitte.\n\n"
        "Mit freundlichem Gruß\n"
        "Carsten Böttcher\n"
        "Kaufmännische Leitung\n"
        "Hafencity Facility Services GmbH\n"
        "Am Sandtorkai 50, 20457 Hamburg\n\n"
        + schrieb_de("Mo., 9. März 2026 um 08:15 Uhr", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_hc_ask) + "\n"
    ),
))

# ----------------------------------------------------------------------------------- English

_ny = [
    "Hi Ingrid,",
    "Thank you for your interest in the Accounts Payable Coordinator role at Nyhavn Hotels "
    "Group and for the time you've put into the process.",
    "Since we weren't able to connect for the screening call and the shortlist for the second "
    "round has now been finalised, we will not be progressing your application any further.",
    "I'm sorry this isn't better news. You're welcome to apply for future openings on our "
    "careers page.",
    "Kind regards,\nMette Lund\nTalent Partner, Nyhavn Hotels Group",
]
add(M(
    kind="rejection", name="greenhouse_nyhavn_via", lang="en",
    company="Nyhavn Hotels", contact="mette.lund@nyhavnhotels.example.dk",
    frm=("Mette Lund via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Mette Lund", "mette.lund@nyhavnhotels.example.dk"),
    subject="Your application to Nyhavn Hotels Group",
    date="2026-02-24 14:05", id="ny-rej", reply=["ny-ack", "ny-invite", "ny-missed"],
    text=plain(_ny),
    html=ats_card("Nyhavn Hotels Group", _ny, accent="#0f3b57", lang="en", footer=[
        "Nyhavn Hotels Group A/S · Nyhavn 71 · 1051 København K",
        "Powered by Greenhouse"]),
))

_mv_cancel = (
    "Dear Ingrid,\n\n"
    "I'm afraid we have to cancel Tuesday's panel interview at short notice. Please disregard the "
    "calendar invitation - I will come back to you as soon as I can with more information.\n\n"
    "Best regards,\nJoost Verbeek"
)
add(M(
    kind="rejection", name="maasvlakte_on_hold", lang="en",
    company="Maasvlakte Bulk Carriers", contact="j.verbeek@maasbulk.example.nl",
    frm=("Joost Verbeek", "j.verbeek@maasbulk.example.nl"),
    subject="RE: Panel interview AP Team Lead - cancelled",
    date="2026-05-04 09:14", id="mv-rej", reply=["mv-invite", "mv-cancel"],
    text=(
        "Dear Ingrid,\n\n"
        "Following the cancellation of the panel I promised to come back to you, and I wanted to "
        "do so before the long weekend.\n\n"
        "The AP Team Lead position has been put on hold as part of a wider review of our finance "
        "operating model, and we will not proceed with the recruitment this year. That means we "
        "are closing all applications, including yours. I realise this is frustrating after you "
        "had already blocked a day for us.\n\n"
        "Thank you for your patience and flexibility.\n\n"
        "Best regards,\n"
        "Joost Verbeek\n"
        "Finance Director\n"
        "Maasvlakte Bulk Carriers B.V.\n"
        "Europaweg 900, 3199 LC Rotterdam\n"
        "T +31 10 555 0180\n\n"
        + outlook_block("en", "Joost Verbeek <j.verbeek@maasbulk.example.nl>",
                        "Monday, April 13, 2026 5:48 PM",
                        f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>",
                        "Panel interview AP Team Lead - cancelled", _mv_cancel)
    ),
))

_os_thanks = (
    "Dear Anders,\n\n"
    "thank you for the conversation this afternoon and for walking me through how the "
    "ferry ticketing revenue is reconciled. I'm very much looking forward to the next round "
    "and to meeting the rest of the team.\n\n"
    "Best regards,\nIngrid\n\n"
    + wrote_en("Tue, 10 Mar 2026 at 19:15", "Anders Holm", "anders.holm@oresundline.example.dk")
    + "\n"
    + quote("Hi Ingrid,\n\nSorry to do this - a board meeting landed on Thursday afternoon. "
            "Could we push our chat to Friday 13th, same time (14:00 CET)? Same Teams link.\n\n"
            "Anders")
)
add(M(
    kind="rejection", name="oresund_after_interview_quotes_thanks", lang="en",
    company="Øresund Line", contact="anders.holm@oresundline.example.dk",
    frm=("Anders Holm", "anders.holm@oresundline.example.dk"),
    subject="Re: Thank you for today", date="2026-03-24 12:31",
    id="os-rej", reply=["os-invite", "os-move", "os-thanks"],
    text=(
        "Hi Ingrid,\n\n"
        "Thanks a lot for your kind note - it was a pleasure on our side too.\n\n"
        "I've been putting off writing this one. We have offered the Finance Operations "
        "Specialist role to another candidate who has already run a month-end close for a "
        "shipping company, and she has accepted. So there won't be a next round for you, which "
        "I honestly regret.\n\n"
        "If you're open to it, I'd like to keep your CV on file for the planned AR role in the "
        "autumn.\n\n"
        "All the best,\nAnders\n\n"
        "Anders Holm | Head of Finance Operations | Øresund Line A/S\n"
        "Kalkbrænderihavnsgade 2, 2100 København Ø | +45 55 50 21 40\n\n"
        + wrote_en("Fri, 13 Mar 2026 at 17:02", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_os_thanks) + "\n"
    ),
))

add(M(
    kind="rejection", name="vanderlinde_terse_filled", lang="en",
    company="Van der Linde Accountants", contact="pieter@vanderlinde.example.nl",
    frm=("Pieter van der Linde", "pieter@vanderlinde.example.nl"),
    subject="Re: AP assessment", date="2026-06-19 18:02",
    id="vl-rej", reply=["vl-invite", "vl-missed", "vl-sorry"],
    text=(
        "Ingrid,\n\n"
        "No need to reschedule the assessment - we've filled the AP role in the meantime.\n\n"
        "All the best,\nPieter\n\nSent from my phone\n"
    ),
))

add(M(
    kind="rejection", name="harbourline_relays_kade_no", lang="en",
    company="Kade Refrigerated Transport", contact="sanne.degroot@harbourline.example.nl",
    frm=("Sanne de Groot | Harbourline Staffing", "sanne.degroot@harbourline.example.nl"),
    subject="Kade Refrigerated Transport - feedback on your profile",
    date="2026-07-15 10:42",
    text=(
        "Hi Ingrid,\n\n"
        "Quick update from Kade Refrigerated Transport: their finance manager has looked at your "
        "profile and they've decided not to invite you for an interview. The deciding point was "
        "Dutch VAT - they want someone who has prepared the quarterly returns before.\n\n"
        "Not the news either of us wanted. I do have two other AP roles in the Waalhaven area "
        "that don't need Dutch tax experience - shall we talk about them on Friday?\n\n"
        "Cheers,\n"
        "Sanne de Groot\n"
        "Senior Consultant Finance & Accounting\n"
        "Harbourline Staffing B.V. | Wilhelminakade 137, 3072 AP Rotterdam\n"
        "+31 10 555 0442\n"
    ),
))

_nv = [
    "Dear Ingrid Vasquez-Halvorsen,",
    "Thank you for your application for the position of Finance Operations Analyst "
    "(Copenhagen) and for your interest in Nordvik Insurance.",
    "After careful consideration we regret to let you know that we are unable to offer you a "
    "place in the next stage of the process.",
    "We will keep your data for six months in line with our privacy notice, after which it "
    "will be deleted automatically.",
    "Yours sincerely,\nNordvik Insurance Talent Acquisition",
]
add(M(
    kind="rejection", name="smartrecruiters_nordvik", lang="en",
    company="Nordvik Insurance", contact="",
    frm=("Nordvik Insurance", "noreply@smartrecruiters.com"),
    subject="Regarding your application: Finance Operations Analyst",
    date="2026-08-07 08:30", tz="+0000", id="nv-rej", reply=["nv-ack", "nv-missed"],
    text=plain(_nv) + "\n--\nNordvik Insurance A/S, CVR 55 50 12 34. This e-mail may contain "
    "confidential information. If you have received it in error, please notify the sender and "
    "delete it.\n",
    html=ats_card("Nordvik Insurance", _nv, accent="#3b2f73", lang="en", footer=[
        "Nordvik Insurance A/S, CVR 55 50 12 34, Havneholmen 8, 1561 Copenhagen V.",
        "This e-mail may contain confidential information. If you have received it in error, "
        "please notify the sender and delete it."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="rejection", name="skagerrak_casual_colleague", lang="en",
    company="Skagerrak Freight", contact="freja.dahl@skagerrakfreight.example.dk",
    frm=("Freja Dahl", "freja.dahl@skagerrakfreight.example.dk"),
    subject="ugh, sorry", date="2026-09-04 16:58",
    text=(
        "Hey Ingrid!\n\n"
        "Not the email I was hoping to send you. The team went with someone else for the AP "
        "spot - it was really close, and for what it's worth I argued for you. She just has "
        "three years of Danish payroll on top, and that tipped it.\n\n"
        "Drinks are on me the next time you're in Copenhagen, ok?\n\n"
        "Freja\n"
        "-- \n"
        "Freja Dahl · Finance Team Lead · Skagerrak Freight ApS\n"
    ),
    html=simple_html([
        "Hey Ingrid!",
        "Not the email I was hoping to send you. The team went with someone else for the AP "
        "spot - it was really close, and for what it's worth I argued for you. She just has "
        "three years of Danish payroll on top, and that tipped it.",
        "Drinks are on me the next time you're in Copenhagen, ok?",
        "Freja",
        "-- \nFreja Dahl · Finance Team Lead · Skagerrak Freight ApS"], lang="en"),
))

_am = [
    "Dear Ingrid,",
    "Thank you for applying for Accounts Payable Specialist (German speaking) - JR-2026-0871 "
    "at Amager Shared Services.",
    "We appreciate the time you invested. After reviewing your profile, we have decided to move "
    "forward with candidates whose experience more closely matches the requirements of the "
    "role.",
    "We encourage you to keep an eye on our careers site and to apply again in the future.",
    "Best wishes,\nAmager Shared Services Recruitment",
]
add(M(
    kind="rejection", name="workday_amager_soft", lang="en",
    company="Amager Shared Services", contact="",
    frm=("Amager Shared Services", "amagerssc@myworkday.com"),
    subject="Thank you for your interest in Amager Shared Services",
    date="2026-10-06 06:02", tz="+0000",
    text=plain(_am),
    html=ats_card("Amager Shared Services", _am, accent="#c0392b", lang="en",
                  button=("View application", "https://wd3.myworkday.com/amagerssc/d/home.htmld"),
                  footer=["Please do not reply to this automated message."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ----------------------------------------------------------------------------------- French

_bf_thanks = (
    "Bonjour Claire,\n\n"
    "Merci encore pour l'entretien de ce matin et pour la présentation du circuit de validation "
    "des factures. Je reste bien entendu disponible pour un second entretien avec Monsieur "
    "Duhamel.\n\n"
    "Bien cordialement,\nIngrid Vasquez-Halvorsen\n\n"
    + ecrit_fr("lun. 16 mars 2026 à 09:25", "Claire Vandamme",
               "claire.vandamme@beffroi-assurances.example.fr") + "\n"
    + quote("Bonjour Madame Vasquez-Halvorsen,\n\nMonsieur Duhamel étant retenu par la clôture "
            "trimestrielle, nous devons décaler notre entretien du jeudi 19 mars au lundi "
            "23 mars, toujours à 10h00 et au même endroit.\n\nBien cordialement,\n"
            "Claire Vandamme")
)
add(M(
    kind="rejection", name="beffroi_after_interview_quotes_thanks", lang="fr",
    company="Assurances Beffroi", contact="claire.vandamme@beffroi-assurances.example.fr",
    frm=("Claire Vandamme", "claire.vandamme@beffroi-assurances.example.fr"),
    subject="Re: Merci pour l'entretien", date="2026-04-02 11:50",
    id="bf-rej", reply=["bf-invite", "bf-move", "bf-thanks"],
    text=(
        "Bonjour Ingrid,\n\n"
        "Merci pour votre message, qui m'a fait très plaisir.\n\n"
        "Je reviens vers vous avec une réponse qui n'est malheureusement pas celle que vous "
        "espériez : le comité a retenu une autre candidature pour le poste de gestionnaire "
        "comptabilité fournisseurs. Votre aisance avec les rapprochements a été remarquée, mais "
        "la personne choisie maîtrise déjà notre logiciel de gestion des sinistres.\n\n"
        "Je vous souhaite sincèrement de trouver rapidement le poste qui vous convient.\n\n"
        "Claire Vandamme\n"
        "Chargée de recrutement\n"
        "Assurances Beffroi - 12 place du Théâtre - 59800 Lille\n"
        "Tél. +33 3 55 50 40 12\n\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
        "destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
        "supprimer.\n\n"
        + ecrit_fr("lun. 23 mars 2026 à 18:40", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_bf_thanks) + "\n"
    ),
))

_dl = [
    "Bonjour Ingrid,",
    "Nous vous remercions de l'intérêt que vous portez au Cabinet Delattre et du temps consacré "
    "à votre candidature au poste d'Assistante comptable fournisseurs (H/F) à Lille.",
    "Après étude attentive de votre dossier, nous avons le regret de vous informer que votre "
    "candidature n'a pas été retenue.",
    "Nous vous souhaitons une belle réussite dans vos démarches.",
    "L'équipe recrutement\nCabinet Delattre Expertise Comptable",
]
add(M(
    kind="rejection", name="teamtailor_delattre_formal", lang="fr",
    company="Cabinet Delattre", contact="",
    frm=("Cabinet Delattre Expertise Comptable", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature – Assistante comptable fournisseurs (H/F)",
    subj_enc="utf-8:B", date="2026-05-19 10:03", id="dl-rej", reply=["dl-apply", "dl-ack"],
    text=plain(_dl),
    html=ats_card("Cabinet Delattre", _dl, accent="#2d5d7b", lang="fr",
                  footer=["Cabinet Delattre SAS · 40 rue Nationale · 59000 Lille",
                          "Envoyé avec Teamtailor"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="rejection", name="flandres_role_cancelled", lang="fr",
    company="Groupe Hôtelier Flandres", contact="m.lefebvre@flandres-hotels.example.fr",
    frm=("Mathilde Lefebvre", "m.lefebvre@flandres-hotels.example.fr"),
    subject="Poste de comptable fournisseurs - siège de Lille",
    date="2026-07-08 17:25", id="fl-rej", reply=["fl-invite", "fl-cancel"],
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Comme annoncé lors de l'annulation de notre rendez-vous, je reviens vers vous.\n\n"
        "La direction a décidé de regrouper la comptabilité fournisseurs de nos hôtels dans le "
        "centre de services de Bruxelles. Le poste que nous avions ouvert au siège de Lille est "
        "donc supprimé et le recrutement est clos ; nous ne pourrons pas donner suite à votre "
        "candidature.\n\n"
        "Je suis désolée de cette issue et vous remercie de votre compréhension.\n\n"
        "Mathilde Lefebvre\n"
        "Responsable ressources humaines\n"
        "Groupe Hôtelier Flandres\n"
        "27 boulevard Carnot, 59000 Lille\n"
    ),
))

add(M(
    kind="rejection", name="lever_vauban_soft", lang="fr",
    company="Mutuelle Vauban", contact="julien.marchal@mutuelle-vauban.example.fr",
    frm=("Mutuelle Vauban", "no-reply@hire.lever.co"),
    reply_to=("Julien Marchal", "julien.marchal@mutuelle-vauban.example.fr"),
    subject="Votre candidature : réponse de Mutuelle Vauban", subj_enc="iso-8859-1:B",
    date="2026-09-15 09:40",
    text=plain([
        "Bonjour Ingrid,",
        "Merci d'avoir postulé au poste de Chargée de comptabilité fournisseurs à Strasbourg.",
        "Votre parcours dans l'hôtellerie est original et nous l'avons lu avec intérêt. Pour ce "
        "poste, nous avons toutefois choisi de poursuivre avec des profils ayant déjà une "
        "expérience en cabinet ou en centre de services partagés.",
        "Au plaisir de recevoir une nouvelle candidature de votre part,",
        "Julien Marchal\nTalent Acquisition, Mutuelle Vauban",
    ]),
))

# ----------------------------------------------------------------------------------- Spanish

_ne = [
    "Estimada Ingrid:",
    "Le agradecemos su participación en el proceso de selección para el puesto de Técnico/a de "
    "Cuentas a Pagar en Málaga.",
    "Lamentamos comunicarle que su candidatura no ha sido seleccionada para continuar en el "
    "proceso. Conservaremos sus datos durante doce meses por si surgiera una vacante adecuada.",
    "Atentamente,\nDepartamento de Personas\nNaviera del Estrecho",
]
add(M(
    kind="rejection", name="icims_naviera_formal", lang="es",
    company="Naviera del Estrecho", contact="lucia.serrano@navieraestrecho.example.es",
    frm=("Naviera del Estrecho", "noreply@icims.com"),
    reply_to=("Lucía Serrano", "lucia.serrano@navieraestrecho.example.es", "utf-8:B"),
    subject="Naviera del Estrecho: resolución de su candidatura",
    subj_enc="utf-8:Q", date="2026-06-30 13:15", id="ne-rej", reply=["ne-invite", "ne-ill"],
    text=plain(_ne),
    html=ats_card("Naviera del Estrecho", _ne, accent="#00507a", lang="es", footer=[
        "Naviera del Estrecho, S.A. · Muelle de Heredia 2 · 29001 Málaga",
        "Mensaje enviado a través de iCIMS."]),
))

add(M(
    kind="rejection", name="guadalmedina_availability", lang="es",
    company="Seguros Guadalmedina", contact="alvaro.pineda@segurosguadalmedina.example.es",
    frm=("Álvaro Pineda", "alvaro.pineda@segurosguadalmedina.example.es", "utf-8:B"),
    subject="Tu candidatura en Seguros Guadalmedina", date="2026-05-26 12:44",
    id="gm-rej", reply=["gm-ack"],
    text=(
        "Hola Ingrid:\n\n"
        "Te escribo para cerrar tu proceso con nosotros: no vamos a seguir contigo para el "
        "puesto de administrativa de cuentas a pagar. Necesitamos a alguien que se incorpore "
        "el 1 de junio, y con tu preaviso en Hamburgo no llegaríamos a tiempo.\n\n"
        "Ha sido un placer leer tu perfil. Mucha suerte con la mudanza a Málaga.\n\n"
        "Un saludo,\n"
        "Álvaro Pineda\n"
        "Responsable de Administración\n"
        "Seguros Guadalmedina\n"
        "Alameda Principal 21, 29005 Málaga · Tel. 952 55 50 19\n"
    ),
))

add(M(
    kind="rejection", name="talentosur_relays_montes_no", lang="es",
    company="Montes & Ruiz Asesores", contact="rocio.martin@talentosur.example.es",
    frm=("Rocío Martín | Talento Sur", "rocio.martin@talentosur.example.es", "iso-8859-1:Q"),
    subject="Respuesta de Montes & Ruiz Asesores", date="2026-08-25 18:20",
    charset="iso-8859-1", cte="8bit",
    text=(
        "Hola Ingrid:\n\n"
        "Acabo de hablar con Montes & Ruiz Asesores. Me han comunicado que no continuarán con tu "
        "candidatura: prefieren a alguien con experiencia en el Suministro Inmediato de "
        "Información (SII) de la Agencia Tributaria.\n\n"
        "Sé que te hacía ilusión esta asesoría. No te desanimes: la semana que viene te paso "
        "dos vacantes nuevas en el Parque Tecnológico.\n\n"
        "Un abrazo,\n"
        "Rocío Martín\n"
        "Consultora de selección - Talento Sur ETT\n"
        "Calle Larios 8, 29015 Málaga\n"
    ),
))

add(M(
    kind="rejection", name="axarquia_casual", lang="es",
    company="Axarquía Servicios Compartidos", contact="paco.gil@axarquia-ssc.example.es",
    frm=("Paco Gil", "paco.gil@axarquia-ssc.example.es"),
    subject="Lo de la vacante", date="2026-10-02 20:05",
    text=(
        "¡Hola Ingrid!\n\n"
        "Nada, que al final no ha podido ser. El equipo se ha decantado por otra persona para la "
        "vacante de cuentas a pagar, y me sabe fatal porque a mí me convenciste.\n\n"
        "Si vienes a Málaga de todas formas, avísame y nos tomamos algo en el Soho.\n\n"
        "Paco\n"
        "--\n"
        "Paco Gil · Coordinador de Finanzas · Axarquía Servicios Compartidos\n"
    ),
))
