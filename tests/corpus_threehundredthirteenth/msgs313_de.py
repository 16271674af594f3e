"""German job mail: Neckarwerk Gebäudetechnik (Stuttgart, Personio; offer thread), Klinikverbund
Filder (softgarden), SonnenDach Solartechnik, Hochschule Schönbuch, Stadt Remsfeld, Kessler &
Brandt Personalberatung for WärmeKonzept, ProTemp Personaldienste. Hand-written for corpus 313."""

from __future__ import annotations

from msgs313_common import mail, paras, shell, simple_html

NW = "Neckarwerk Gebäudetechnik"
NW_PERSONIO = ("Neckarwerk Gebäudetechnik GmbH", "noreply@personio.de")
NW_KATRIN = ("Katrin Höfler", "katrin.hoefler@neckarwerk.example.de")
NW_VIA = ("Katrin Höfler von Neckarwerk Gebäudetechnik", "noreply@personio.de")
NW_SIG = """\
Mit freundlichen Grüßen

Katrin Höfler
Personalreferentin

Neckarwerk Gebäudetechnik GmbH
Heilbronner Straße 154 · 70191 Stuttgart
Telefon +49 711 2584 3310
www.neckarwerk.example.de

Sitz der Gesellschaft: Stuttgart · Amtsgericht Stuttgart HRB 734512
Geschäftsführer: Dipl.-Ing. Wolfgang Ebner, Sabine Kurz"""

_nw_ack = """\
Hallo Herr Albarracín Peña,

vielen Dank für Ihre Bewerbung als Techniker Energiemanagement & Gebäudebetrieb (m/w/d) und
Ihr Interesse an der Neckarwerk Gebäudetechnik GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Bitte haben Sie
Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. Sobald wir Ihre Bewerbung
bewertet haben, melden wir uns bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der Neckarwerk Gebäudetechnik GmbH"""

_nw_invite = """\
Hallo Herr Albarracín Peña,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen und wir würden Sie gerne in
einem ersten Gespräch per Microsoft Teams näher kennenlernen.

Termin: Dienstag, 24. März 2026, 15:00 - 16:00 Uhr
Teilnehmende: Jürgen Maier (Leitung Technisches Gebäudemanagement) und ich

Das Gespräch kann gerne auf Englisch stattfinden; ein paar Sätze auf Deutsch würden uns aber
freuen. Die Einladung mit dem Teams-Link finden Sie im Anhang.

Bitte bestätigen Sie kurz, ob der Termin für Sie passt.

""" + NW_SIG

_nw_move = """\
Hallo Herr Albarracín Peña,

leider muss ich unser Gespräch am Dienstag, 24. März, verschieben, da Herr Maier kurzfristig
zu einer Störung in einem Kundenobjekt muss.

Neuer Termin: Donnerstag, 26. März 2026, 10:00 - 11:00 Uhr (der Teams-Link bleibt gleich).
Ich habe Ihnen eine aktualisierte Einladung geschickt. Falls der Termin nicht passt, geben Sie
mir bitte kurz Bescheid.

Entschuldigen Sie die Umstände.

""" + NW_SIG

_nw_offer = """\
Hallo Herr Albarracín Peña,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Maier und der Probearbeit im
Objekt Feuerbach die Stelle als Techniker Energiemanagement & Gebäudebetrieb (m/w/d)
anbieten zu können.

Unser Angebot im Überblick:
- Unbefristeter Arbeitsvertrag in Vollzeit (39 Stunden/Woche)
- Jahresbruttogehalt: 46.000 € (12 Gehälter) zzgl. Urlaubs- und Weihnachtsgeld
- 30 Tage Urlaub
- Firmenwagen auch zur privaten Nutzung
- Deutschkurs (B2) auf unsere Kosten
- Unterstützung bei der Wohnungssuche in Stuttgart
- Eintritt: 1. Juni 2026 oder nach Vereinbarung

Bitte geben Sie uns bis zum 24. April Bescheid, ob Sie das Angebot annehmen möchten. Dann
senden wir Ihnen den Arbeitsvertrag zu.

""" + NW_SIG

_nw_contract = """\
Sehr geehrter Herr Albarracín Peña,

vielen Dank für Ihre Zusage – wir freuen uns auf die Zusammenarbeit!

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein
unterschriebenes Exemplar bis zum 8. Mai 2026 per Post oder als Scan zurück. Außerdem
benötigen wir von Ihnen:
- Ihre Steuer-Identifikationsnummer (falls schon vorhanden)
- die Sozialversicherungsnummer bzw. Ihre spanische Nummer (NAF)
- Ihre Bankverbindung (IBAN)

Bei Fragen zum Vertrag stehe ich Ihnen gerne zur Verfügung.

""" + NW_SIG

KVF = "Klinikverbund Filder"
KVF_SG = ("Klinikverbund Filder", "noreply@softgarden.io")
KVF_HR = ("Dr. Ulrike Brenner", "u.brenner@klinikverbund-filder.example.de")

_kvf_ack = """\
Sehr geehrter Herr Albarracín Peña,

vielen Dank für Ihre Bewerbung als Energiemanager (m/w/d) Technischer Dienst am Standort
Filderstadt. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung und melden uns so schnell wie möglich bei Ihnen. Den aktuellen Stand
können Sie jederzeit in Ihrem softgarden-Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikverbund Filder"""

_kvf_invite = """\
Sehr geehrter Herr Albarracín Peña,

wir bedanken uns für Ihre Bewerbung und möchten Sie gerne zu einem persönlichen
Vorstellungsgespräch einladen:

  Datum: Donnerstag, 12. Februar 2026
  Uhrzeit: 13:30 Uhr
  Ort: Klinik Filderstadt, Verwaltungsgebäude, Raum 2.14
  Gesprächspartner: Herr Schäfer (Leitung Technik) und ich

Reisekosten erstatten wir Ihnen im Rahmen unserer Richtlinie (Flug in der Economy Class). Bitte
bestätigen Sie uns den Termin per E-Mail.

Mit freundlichen Grüßen
Dr. Ulrike Brenner
Leitung Personalgewinnung
Klinikverbund Filder · Bonländer Hauptstraße 80 · 70794 Filderstadt"""

_kvf_cancel = """\
Sehr geehrter Herr Albarracín Peña,

leider müssen wir das Vorstellungsgespräch am Donnerstag, 12. Februar, absagen. Herr Schäfer
ist erkrankt und wir möchten das Gespräch nicht ohne ihn führen.

Wir melden uns, sobald wir einen neuen Termin anbieten können. Bitte buchen Sie noch keinen
Flug; falls Sie bereits gebucht haben, sprechen Sie mich bitte wegen der Kosten an.

Mit freundlichen Grüßen
Dr. Ulrike Brenner
Leitung Personalgewinnung"""

_kvf_reject_html = shell("Ihre Bewerbung", paras("""\
Sehr geehrter Herr Albarracín Peña,

herzlichen Dank für das angenehme Gespräch und das Interesse an einer Tätigkeit im
Klinikverbund Filder.

Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin entschieden, die bereits
Erfahrung mit der DIN EN ISO 50001 in Krankenhäusern mitbringt. Wir bedauern, Ihnen keine
positivere Nachricht geben zu können.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikverbund Filder"""), brand="Klinikverbund Filder", color="#004d80",
    footer="Diese E-Mail wurde automatisch über softgarden versendet.")

SDT = ("SonnenDach Solartechnik", "bewerbung@sonnendach.example.de")

_sdt_reject = """\
Sehr geehrter Herr Albarracín Peña,

vielen Dank für Ihr Interesse an unserem Unternehmen und die Zusendung Ihrer
Bewerbungsunterlagen für die Position „Servicetechniker PV & Wärmepumpen (m/w/d)“.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht
berücksichtigen können. Für die Tätigkeit sind sehr gute Deutschkenntnisse im Kundenkontakt
sowie die Elektrofachkraft-Qualifikation nach deutschem Recht erforderlich.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihren
weiteren Weg viel Erfolg.

Mit sonnigen Grüßen

Petra Wagenknecht
Personal
SonnenDach Solartechnik GmbH & Co. KG
Esslinger Straße 12 · 73760 Ostfildern"""

HSS = "Hochschule Schönbuch"
HSS_HR = ("Personalabteilung Hochschule Schönbuch", "personal@hs-schoenbuch.example.de")

_hss_ack = """\
Sehr geehrter Herr Albarracín Peña,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle als Technische/r
Beschäftigte/r im Energiemanagement (Kennziffer 26/031, Entgeltgruppe 9a TV-L).

Das Auswahlverfahren wird nach Ende der Bewerbungsfrist durchgeführt. Bitte sehen Sie von
Rückfragen zum Stand des Verfahrens ab; Sie erhalten in jedem Fall eine Nachricht von uns.

Mit freundlichen Grüßen
Im Auftrag
Sandra Lutz
Personalabteilung
Hochschule Schönbuch"""

_hss_reject = """\
Sehr geehrter Herr Albarracín Peña,

vielen Dank für Ihre Bewerbung auf die Stelle Technische/r Beschäftigte/r im
Energiemanagement (Kennziffer 26/031).

Wir müssen Ihnen leider mitteilen, dass die Stelle mit einer internen Bewerberin besetzt
wurde. Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen vernichtet.

Wir danken Ihnen für Ihr Interesse an der Hochschule Schönbuch und wünschen Ihnen für Ihre
berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Sandra Lutz
Personalabteilung"""

REM = "Stadt Remsfeld"
REM_HR = ("Stadt Remsfeld - Haupt- und Personalamt", "personalamt@remsfeld.example.de")

_rem_ack = """\
Sehr geehrter Herr Albarracín Peña,

wir bestätigen den Eingang Ihrer Bewerbung als Energiemanager/in für kommunale Liegenschaften
(Stellenausschreibung 14/2026). Bitte haben Sie Verständnis, dass die Auswahl einige Wochen in
Anspruch nehmen wird.

Mit freundlichen Grüßen
Haupt- und Personalamt
Stadt Remsfeld
Marktplatz 3 · 73614 Remsfeld"""

_rem_reject = """\
Sehr geehrter Herr Albarracín Peña,

wir bedanken uns für Ihre Bewerbung als Energiemanager/in für kommunale Liegenschaften
(Stellenausschreibung 14/2026).

Leider müssen wir Ihnen mitteilen, dass das Auswahlverfahren eingestellt wurde: Der
Gemeinderat hat in seiner Sitzung vom 14. Juli beschlossen, die Stelle im Rahmen der
Haushaltskonsolidierung vorerst nicht zu besetzen. Eine Fortsetzung des Verfahrens findet
daher nicht statt.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Haupt- und Personalamt
Stadt Remsfeld"""

KB_FELIX = ("Felix Kessler", "f.kessler@kessler-brandt.example.de")
WK = "WärmeKonzept"
KB_SIG = """\
Beste Grüße
Felix Kessler

Kessler & Brandt Personalberatung
Königstraße 28 · 70173 Stuttgart
Mobil +49 170 5528140"""

_kb_invite = """\
Hallo Herr Albarracín,

wie telefonisch besprochen, hier die Details zum Gespräch mit unserem Mandanten WärmeKonzept
Energiedienstleistungen (Contracting und Energieaudits für Gewerbe und Wohnungswirtschaft,
ca. 120 Mitarbeitende in Stuttgart und Karlsruhe):

Position: Energieauditor / Energieberater (m/w/d) Nichtwohngebäude
Termin: Mittwoch, 9. September 2026, 11:00 Uhr
Ort: WärmeKonzept, Pragstraße 36, 70376 Stuttgart (Bad Cannstatt)
Gesprächspartner: Martina Eisele (Bereichsleitung Audit) und Dr. Holger Renz (GF)

Das Gespräch wird auf Englisch geführt; der Mandant legt aber Wert auf die Bereitschaft,
Deutsch bis B2 zu lernen. Ich rufe Sie am Montag noch einmal zur Vorbereitung an.

""" + KB_SIG

_kb_move = """\
Hallo Herr Albarracín,

kurze Info: WärmeKonzept muss den Termin am Mittwoch leider verschieben, Frau Eisele ist
kurzfristig bei einem Audit in Karlsruhe gebunden. Der Mandant schlägt stattdessen Montag,
14. September, 14:00 Uhr vor, gleicher Ort.

Passt Ihnen das? Dann bestätige ich es direkt.

""" + KB_SIG

_kb_reject = """\
Hallo Herr Albarracín,

ich habe heute mit Frau Eisele gesprochen. WärmeKonzept hat sich nach den zweiten Gesprächen
für einen Kandidaten entschieden, der bereits als Energieauditor nach DIN EN 16247 bei der
BAFA gelistet ist. Sie waren ganz knapp dahinter, und Frau Eisele hat ausdrücklich Ihre
praktische Erfahrung mit Kälte- und Klimaanlagen gelobt.

Leider also diesmal eine Absage. Ich melde mich, sobald ich eine passende Position habe.

""" + KB_SIG

PT = "ProTemp Personaldienste"
PT_DENIZ = ("Deniz Yılmaz", "deniz.yilmaz@protemp.example.de")

_pt_invite = """\
Hallo Herr Albarracín Peña,

vielen Dank für Ihre Bewerbung über unsere Webseite. Für einen unserer Kunden, ein
Facility-Management-Unternehmen im Raum Stuttgart, suchen wir einen Haustechniker HLK (m/w/d)
im Rahmen der Arbeitnehmerüberlassung mit Übernahmeoption.

Gerne möchten wir Sie zu einem Kennenlerngespräch per Telefon einladen:
Freitag, 9. Oktober, 9:30 Uhr. Ich rufe Sie auf Ihrer Handynummer (+34 622 48 17 90) an.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Deniz Yılmaz
Personaldisponent
ProTemp Personaldienste · Niederlassung Stuttgart
Rotebühlplatz 21 · 70178 Stuttgart · Tel. 0711 99 41 27-0"""

_pt_missed = """\
Hallo Herr Albarracín Peña,

wie vereinbart habe ich heute um 9:30 Uhr versucht, Sie für unser Telefoninterview zu
erreichen – leider vergeblich. Auch ein zweiter Versuch um 9:45 Uhr ging direkt auf die
Mailbox.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich gerne bei mir, dann finden
wir einen neuen Termin.

Viele Grüße
Deniz Yılmaz
Personaldisponent · ProTemp Personaldienste"""

MESSAGES = [
    # ---------------------------------------------------------------- Neckarwerk
    mail("nw_ack", "application_received", "de", "2026-03-09 07:41 +0100", NW_PERSONIO,
         "Ihre Bewerbung bei der Neckarwerk Gebäudetechnik GmbH", _nw_ack, company=NW,
         html=shell("Ihre Bewerbung", paras(_nw_ack), brand="Neckarwerk Gebäudetechnik",
                    color="#00695c", footer="Versendet über Personio"),
         name_enc=("iso-8859-1", "q"), subj_enc=("iso-8859-1", "q"), slug="neckarwerk_eingang"),
    mail("nw_invite", "interview_invitation", "de", "2026-03-17 14:12 +0100", NW_VIA,
         "Einladung zum Kennenlerngespräch – Techniker Energiemanagement", _nw_invite,
         company=NW, contact=NW_KATRIN[1], reply_to=NW_KATRIN,
         ics={"method": "REQUEST", "tz": "Europe/Berlin", "start": "20260324T150000",
              "end": "20260324T160000", "stamp": "20260317T131200Z", "seq": 0,
              "uid": "040000008200E00074C5B7101A82E0080000000090d1c4e3b1b5dc01",
              "summary": "Kennenlerngespräch Rodrigo Albarracín Peña",
              "location": "Microsoft Teams-Besprechung", "organizer": NW_KATRIN},
         slug="neckarwerk_einladung"),
    mail("nw_move", "interview_reschedule_or_cancel", "de", "2026-03-20 09:03 +0100", NW_KATRIN,
         "Verschoben: Kennenlerngespräch – Techniker Energiemanagement", _nw_move,
         company=NW, contact=NW_KATRIN[1], charset="windows-1252", cte="quoted-printable",
         subj_enc=("windows-1252", "q"),
         ics={"method": "REQUEST", "tz": "Europe/Berlin", "start": "20260326T100000",
              "end": "20260326T110000", "stamp": "20260320T080300Z", "seq": 2,
              "uid": "040000008200E00074C5B7101A82E0080000000090d1c4e3b1b5dc01",
              "summary": "Kennenlerngespräch Rodrigo Albarracín Peña (verschoben)",
              "location": "Microsoft Teams-Besprechung", "organizer": NW_KATRIN},
         slug="neckarwerk_verschoben"),
    mail("nw_offer", "offer", "de", "2026-04-14 16:28 +0200", NW_KATRIN,
         "Unser Angebot für Sie – Techniker Energiemanagement & Gebäudebetrieb", _nw_offer,
         company=NW, contact=NW_KATRIN[1], html=simple_html(_nw_offer, font="Arial,sans-serif"),
         subj_enc=("utf-8", "b"), slug="neckarwerk_angebot"),
    mail("nw_contract", "offer", "de", "2026-04-21 11:40 +0200", NW_KATRIN,
         "Ihr Arbeitsvertrag zur Unterschrift", _nw_contract, company=NW, contact=NW_KATRIN[1],
         charset="windows-1252", cte="quoted-printable",
         pdfs=[("Arbeitsvertrag_Albarracin_Pena.pdf", "Arbeitsvertrag",
                ["zwischen der Neckarwerk Gebaeudetechnik GmbH, Stuttgart",
                 "und Herrn Rodrigo Albarracin Pena",
                 "Taetigkeit: Techniker Energiemanagement & Gebaeudebetrieb",
                 "Beginn: 1. Juni 2026 - unbefristet",
                 "Unterschrift Arbeitnehmer: ____________________"])],
         slug="neckarwerk_arbeitsvertrag"),
    # ---------------------------------------------------------------- Klinikverbund Filder
    mail("kvf_ack", "application_received", "de", "2026-01-19 12:06 +0100", KVF_SG,
         "Eingangsbestätigung Ihrer Bewerbung – Energiemanager (m/w/d)", _kvf_ack,
         company=KVF, cte="base64", slug="klinikverbund_eingang"),
    mail("kvf_invite", "interview_invitation", "de", "2026-02-03 10:44 +0100", KVF_HR,
         "Einladung zum Vorstellungsgespräch am 12.02.2026", _kvf_invite, company=KVF,
         contact=KVF_HR[1], charset="iso-8859-1", cte="quoted-printable",
         slug="klinikverbund_einladung"),
    mail("kvf_cancel", "interview_reschedule_or_cancel", "de", "2026-02-09 08:15 +0100", KVF_HR,
         "Absage: Vorstellungsgespräch am 12.02.2026", _kvf_cancel, company=KVF,
         contact=KVF_HR[1], charset="iso-8859-1", cte="quoted-printable",
         ics={"method": "CANCEL", "tz": "Europe/Berlin", "start": "20260212T133000",
              "end": "20260212T143000", "stamp": "20260209T071500Z", "seq": 1,
              "uid": "kvf-vg-20260212-albarracin@klinikverbund-filder.example.de",
              "summary": "Vorstellungsgespräch Energiemanager", "organizer": KVF_HR},
         slug="klinikverbund_gespraech_abgesagt"),
    mail("kvf_reject", "rejection", "de", "2026-03-04 15:30 +0100", KVF_SG,
         "Ihre Bewerbung beim Klinikverbund Filder", None, html=_kvf_reject_html,
         company=KVF, slug="klinikverbund_absage"),
    # ---------------------------------------------------------------- SonnenDach
    mail("sdt_reject", "rejection", "de", "2026-02-25 13:52 +0100", SDT,
         "Ihre Bewerbung als Servicetechniker PV & Wärmepumpen", _sdt_reject,
         company="SonnenDach Solartechnik", contact=SDT[1], charset="windows-1252", cte="8bit",
         slug="sonnendach_absage"),
    # ---------------------------------------------------------------- Hochschule Schönbuch
    mail("hss_ack", "application_received", "de", "2026-05-04 10:20 +0200", HSS_HR,
         "Eingangsbestätigung – Kennziffer 26/031", _hss_ack, company=HSS,
         contact=HSS_HR[1], name_enc=("iso-8859-1", "b"), slug="hochschule_eingang"),
    mail("hss_reject", "rejection", "de", "2026-06-15 14:02 +0200", HSS_HR,
         "Ihre Bewerbung – Kennziffer 26/031", _hss_reject, company=HSS, contact=HSS_HR[1],
         name_enc=("iso-8859-1", "b"), charset="iso-8859-1", cte="quoted-printable",
         slug="hochschule_intern_besetzt"),
    # ---------------------------------------------------------------- Stadt Remsfeld
    mail("rem_ack", "application_received", "de", "2026-06-01 09:00 +0200", REM_HR,
         "Eingangsbestätigung Stellenausschreibung 14/2026", _rem_ack, company=REM,
         contact=REM_HR[1], cte="8bit", slug="remsfeld_eingang"),
    mail("rem_reject", "rejection", "de", "2026-07-20 10:35 +0200", REM_HR,
         "Stellenausschreibung 14/2026 – Einstellung des Auswahlverfahrens", _rem_reject,
         company=REM, contact=REM_HR[1], cte="8bit", slug="remsfeld_verfahren_eingestellt"),
    # ---------------------------------------------------------------- Kessler & Brandt
    mail("kb_invite", "interview_invitation", "de", "2026-09-02 17:45 +0200", KB_FELIX,
         "Gesprächstermin WärmeKonzept – Mi. 9.9., 11 Uhr", _kb_invite, company=WK,
         contact=KB_FELIX[1], html=simple_html(_kb_invite), slug="kesslerbrandt_waermekonzept"),
    mail("kb_move", "interview_reschedule_or_cancel", "de", "2026-09-07 12:10 +0200", KB_FELIX,
         "AW: Gesprächstermin WärmeKonzept – Mi. 9.9., 11 Uhr", _kb_move, company=WK,
         contact=KB_FELIX[1], parent="kb_invite", quote="outlook_de", charset="windows-1252",
         cte="quoted-printable", subj_enc=("windows-1252", "b"),
         slug="kesslerbrandt_termin_verschoben"),
    mail("kb_reject", "rejection", "de", "2026-09-29 18:20 +0200", KB_FELIX,
         "WärmeKonzept – Rückmeldung", _kb_reject, company=WK, contact=KB_FELIX[1],
         slug="kesslerbrandt_absage_mandant"),
    # ---------------------------------------------------------------- ProTemp
    mail("pt_invite", "interview_invitation", "de", "2026-10-05 11:25 +0200", PT_DENIZ,
         "Telefoninterview Haustechniker HLK – Fr. 9.10.", _pt_invite, company=PT,
         contact=PT_DENIZ[1], name_enc=("utf-8", "b"), slug="protemp_telefoninterview"),
    mail("pt_missed", "missed_interview_notice", "de", "2026-10-09 10:02 +0200", PT_DENIZ,
         "Re: Telefoninterview Haustechniker HLK – Fr. 9.10.", _pt_missed, company=PT,
         contact=PT_DENIZ[1], parent="pt_invite", quote="de", name_enc=("utf-8", "b"),
         slug="protemp_nicht_erreicht"),
]
