"""Rejections (31), written one by one. German first, then English, Spanish, French."""

from __future__ import annotations

from msgs127_common import CAND_ADDR, quote

MESSAGES: list[dict] = []
add = MESSAGES.append

# --------------------------------------------------------------------------- German

add({
    "kind": "rejection", "scenario": "workday_binnenreederei_absage", "lang": "de",
    "company": "Deutsche Binnenreederei Nord", "contact": "",
    "sender": ("Deutsche Binnenreederei Nord", "dbn@myworkday.com"),
    "to": CAND_ADDR,
    "subject": "Ihre Bewerbung als Referent Personalgewinnung (m/w/d) – R-00412",
    "date": "2026-01-30 16:42", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Guten Tag Herr Brandt-Oyelaran,

vielen Dank für Ihr Interesse an der Deutschen Binnenreederei Nord und an der Position Referent Personalgewinnung (m/w/d) in Hamburg-Wilhelmsburg.

Wir haben Ihre Unterlagen mit Interesse gelesen. Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen heute leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person; für diese Stelle haben andere Profile unsere Anforderungen enger getroffen.

Gern können Sie sich in unserem Karriereportal für Stellenbenachrichtigungen registrieren: [Jobs bei der DBN](https://dbn.wd3.myworkday.com/dbn_careers/jobalerts)

Mit freundlichen Grüßen

Ihr Recruiting-Team der DBN
""",
    "html": {"style": "ats", "lang": "de", "color": "#0b2a4a", "title": "Ihre Bewerbung bei der DBN",
              "logo": "https://dbn.wd3.myworkday.com/dbn_careers/assets/logo-dbn-weiss.png",
              "logo_alt": "Deutsche Binnenreederei Nord", "logo_width": 180,
              "tracker": "https://dbn.wd3.myworkday.com/wday/email/click?u=",
              "pixel": "https://dbn.wd3.myworkday.com/wday/email/open/aW52LTAwNDEy.gif",
              "footer": """\
Deutsche Binnenreederei Nord GmbH · Reiherstieg-Hauptdeich 41 · 21107 Hamburg
Geschäftsführung: Dr. Henrike Stoltenberg, Arne Pahl · Amtsgericht Hamburg HRB 118204
Diese E-Mail wurde automatisch erstellt. Antworten auf diese Adresse werden nicht gelesen.
[Datenschutzhinweise für Bewerbende](https://www.dbn.example.de/datenschutz-bewerbung)""",
              "powered": "Powered by Workday"},
})

add({
    "kind": "rejection", "scenario": "personio_talentloop_profil", "lang": "de",
    "company": "talentloop", "contact": "lena.kowalczyk@talentloop.example.de",
    "sender": ("talentloop", "no-reply@mail.personio.de"),
    "reply_to": ("Lena Kowalczyk", "lena.kowalczyk@talentloop.example.de"),
    "subject": "Deine Bewerbung bei talentloop",
    "date": "2026-02-13 11:05", "mua": "ats", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai,

danke dir, dass du dich als Talent Sourcer (w/m/d) bei uns beworben hast – und auch für die sehr persönliche Nachricht zu deinem Wechsel aus dem Kundenservice ins Recruiting. Das hat uns wirklich gefallen.

Wir haben uns nach vielen Gesprächen entschieden, mit Kandidat*innen weiterzumachen, deren Erfahrung im aktiven Sourcing (v. a. Boolean Search und Active Sourcing im Tech-Umfeld) näher an dem liegt, was wir gerade brauchen. Deshalb können wir dir leider kein Gespräch anbieten.

Falls du Feedback möchtest, antworte einfach auf diese Mail, sie landet direkt bei mir.

Alles Gute für deine Suche!
Lena

--
Lena Kowalczyk
People & Talent | talentloop
Oranienstraße 183, 10999 Berlin
talentloop GmbH, Amtsgericht Charlottenburg HRB 231187 B
""",
    "headers": {"X-Personio-Mail-Type": "application_rejected"},
})

add({
    "kind": "rejection", "scenario": "weserport_nach_gespraech", "lang": "de",
    "company": "Weserport Logistik", "contact": "k.meyerdierks@weserport-logistik.example.de",
    "sender": ("Katrin Meyerdierks", "k.meyerdierks@weserport-logistik.example.de"),
    "subject": "AW: Telefoninterview HR-Sachbearbeitung",
    "date": "2026-03-09 14:26", "irt": "<3d2b7f0e-thanks-weserport@example.dk>",
    "refs": ["inv_weserport", "resched_weserport", "<3d2b7f0e-thanks-weserport@example.dk>"],
    "mua": "thunderbird", "charset": "iso-8859-1", "cte": "8bit", "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

nochmals danke für das offene Telefonat am vergangenen Donnerstag und Ihre freundliche Nachricht im Anschluss.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre Erfahrung in der Entgeltabrechnung mitbringt, was für diese Stelle in Bremen-Hemelingen ausschlaggebend war. Ihnen können wir die Position daher leider nicht anbieten.

Ihr Weg vom Kundenservice einer Reederei ins Personalwesen hat uns beeindruckt. Wenn Sie einverstanden sind, behalte ich Ihre Unterlagen für künftige Vakanzen im Recruiting in Evidenz.

Freundliche Grüße aus Bremen

Katrin Meyerdierks
Personalreferentin

Weserport Logistik GmbH
Am Hohentorshafen 12
28197 Bremen
Tel. 0421 38771-214

Am 06.03.2026 um 17:48 schrieb Nikolai Brandt-Oyelaran:
""" + quote("""\
Sehr geehrte Frau Meyerdierks,

vielen Dank noch einmal für die Einladung und das angenehme Gespräch heute Vormittag. Ich freue mich schon auf die nächste Runde und auf eine positive Rückmeldung!

Beste Grüße
Nikolai Brandt-Oyelaran
"""),
})

add({
    "kind": "rejection", "scenario": "hinrichsen_einzeiler_iphone", "lang": "de",
    "company": "Spedition Hinrichsen & Söhne", "contact": "jens@hinrichsen-soehne.example.de",
    "sender": ("Jens Hinrichsen", "jens@hinrichsen-soehne.example.de"),
    "subject": "AW: Bewerbung HR / Disposition",
    "date": "2026-07-22 19:31", "irt": "<a81c-44f0-hinrichsen@example.dk>", "mua": "iphone",
    "charset": "utf-8", "cte": "8bit",
    "text": """\
Moin Herr Brandt-Oyelaran, wir haben uns für jemand anderen entschieden. Trotzdem danke und viel Erfolg!
Jens Hinrichsen

Von meinem iPhone gesendet

> Am 14.07.2026 um 08:12 schrieb Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>:
>
> Sehr geehrter Herr Hinrichsen,
>
> anbei meine Bewerbung für die ausgeschriebene Stelle „Personal & Disposition“ bei der Spedition Hinrichsen & Söhne. Ich würde mich sehr über eine Einladung zu einem Gespräch freuen.
>
> Mit freundlichen Grüßen
> Nikolai Brandt-Oyelaran
""",
})

add({
    "kind": "rejection", "scenario": "softgarden_brandstaetter_on_hold", "lang": "de",
    "company": "Brandstätter Logistik", "contact": "",
    "sender": ("Brandstätter Logistik SE - Recruiting", "brandstaetter-logistik@softgarden.io"),
    "to": ("Nikolai Brandt-Oyelaran", CAND_ADDR),
    "subject": "Stellenbesetzung HR Business Partner (m/w/d) vorerst gestoppt",
    "date": "2026-03-30 10:17", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wir melden uns heute mit einer Nachricht, die wir lieber nicht schreiben würden: Aufgrund einer konzernweiten Neuausrichtung unseres Standorts Bremen-Neustadt wurde die Stelle "HR Business Partner (m/w/d)" vorerst gestoppt. Das Auswahlverfahren wird nicht fortgeführt, und wir können Ihre Bewerbung daher nicht weiter berücksichtigen.

Das hat ausdrücklich nichts mit Ihrer Qualifikation zu tun. Sollte die Position neu ausgeschrieben werden, finden Sie sie auf unserer Karriereseite: https://karriere.brandstaetter.example.de

Ihre Daten löschen wir gemäß unseren Datenschutzhinweisen sechs Monate nach Abschluss des Verfahrens.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brandstätter Logistik SE

Brandstätter Logistik SE | Hansator 3 | 28217 Bremen
Vorstand: Carsten Wöbse (Vors.), Dr. Ilka Marquardt | Aufsichtsratsvorsitz: Gunda Tiedemann | Amtsgericht Bremen HRB 40112
""",
    "html": {"style": "ats", "lang": "de", "color": "#c8102e", "title": "Ihre Bewerbung",
              "logo": "https://cdn.softgarden.io/clients/brandstaetter/logo_email.png", "logo_alt": "Brandstätter Logistik",
              "tracker": "https://brandstaetter-logistik.softgarden.io/l/", "pixel": "https://brandstaetter-logistik.softgarden.io/o/5ac1e9.png",
              "footer": """\
Brandstätter Logistik SE | Hansator 3 | 28217 Bremen
Vorstand: Carsten Wöbse (Vors.), Dr. Ilka Marquardt | Amtsgericht Bremen HRB 40112
Diese Nachricht wurde über softgarden versendet.""", "powered": "softgarden e-recruiting"},
})

add({
    "kind": "rejection", "scenario": "bezirksamt_intern_besetzt", "lang": "de",
    "company": "Bezirksamt Hamburg-Ellerbrook", "contact": "personalservice@ellerbrook.hamburg.example.de",
    "sender": ("Bezirksamt Hamburg-Ellerbrook – Personalservice", "personalservice@ellerbrook.hamburg.example.de"),
    "subject": "Ihre Bewerbung – Kennziffer BA-E 2026/031 (Sachbearbeitung Personalgewinnung)",
    "date": "2026-06-26 09:02", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wir danken Ihnen für Ihre Bewerbung auf die Stelle „Sachbearbeitung Personalgewinnung (m/w/d), EG 9a TV-L“ im Bezirksamt Hamburg-Ellerbrook.

Wir müssen Ihnen mitteilen, dass die Stelle im Rahmen des internen Interessenbekundungsverfahrens mit einer Mitarbeiterin aus dem eigenen Haus besetzt werden konnte. Die externe Ausschreibung wird daher nicht weiterverfolgt; Ihre Bewerbung kann leider nicht berücksichtigt werden.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem Allgemeinen Gleichbehandlungsgesetz (sechs Monate) datenschutzgerecht vernichtet.

Für Rückfragen stehe ich Ihnen unter dieser Adresse oder telefonisch gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Sevgi Yildirim
Fachamt Personalservice – Personalgewinnung
Bezirksamt Hamburg-Ellerbrook
Ellerbrooker Markt 2, 22089 Hamburg
Telefon: 040 42899-3317
""",
})

add({
    "kind": "rejection", "scenario": "vossberg_initiativ_keine_vakanz", "lang": "de",
    "company": "Elbreederei Vossberg", "contact": "h.brodersen@vossberg-reederei.example.de",
    "sender": ("Hauke Brodersen", "h.brodersen@vossberg-reederei.example.de"),
    "subject": "Ihre Initiativbewerbung",
    "date": "2026-02-10 15:48", "irt": "ack_vossberg", "mua": "outlook", "structure": "html",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

wie versprochen melde ich mich zu Ihrer Initiativbewerbung vom Januar.

Wir haben Ihre Unterlagen intern an die Leitung Personal und an unser Crewing weitergegeben. Derzeit haben wir jedoch keine passende Vakanz im Personalbereich, und eine zusätzliche Stelle ist im laufenden Jahr nicht geplant. Wir können Ihnen deshalb leider kein Angebot für ein Gespräch machen.

Ihre Unterlagen sende ich Ihnen nicht zurück, sondern lösche sie gemäß Datenschutz nach sechs Monaten – es sei denn, Sie möchten, dass wir sie für ein Jahr in unserem Talent-Pool behalten. Ein kurzes „Ja“ per Antwort genügt.

Mit freundlichen Grüßen

Hauke Brodersen
Leiter Personal

Elbreederei Vossberg GmbH & Co. KG
Neumühlen 19 · 22763 Hamburg
T +49 40 3990 1177
www.vossberg-reederei.example.de

Persönlich haftende Gesellschafterin: Vossberg Verwaltungs-GmbH, AG Hamburg HRB 90211 · Geschäftsführer: Jan-Hendrik Vossberg, Marlene Vossberg
""",
    "html": {"style": "outlook", "lang": "DE"},
})

add({
    "kind": "rejection", "scenario": "hafenpersonal_kunde_anderer", "lang": "de",
    "company": "Hafenpersonal Plus", "contact": "d.sahin@hafenpersonal-plus.example.de",
    "sender": ("Deniz Şahin | Hafenpersonal Plus", "d.sahin@hafenpersonal-plus.example.de"),
    "subject": "Rückmeldung zu deiner Bewerbung!",
    "date": "2026-08-12 12:40", "charset": "utf-8", "cte": "base64",
    "text": """\
Hey Nikolai!!

Kurzes Update von mir – leider keine guten News :( Unser Kunde hat sich für die Stelle als Recruiting-Assistenz im Hafen für einen anderen Kandidaten entschieden, der schon mal in einer Personalabteilung gearbeitet hat. Die Entscheidung war wohl echt knapp!!

Ich hab dich aber ganz oben auf meiner Liste für die nächsten Projekte im Bereich HR/Personaleinsatzplanung. Sobald was reinkommt, melde ich mich sofort bei dir, versprochen!

Kopf hoch & liebe Grüße
Deniz

Deniz Şahin | Personaldisponentin | Hafenpersonal Plus GmbH
Billstraße 96 | 20539 Hamburg | 040 781 55 30-12
Folge uns auf Instagram: @hafenpersonalplus
""",
})

add({
    "kind": "rejection", "scenario": "hochschule_bremerhaven_auswahl", "lang": "de",
    "company": "Hochschule für Logistik Bremerhaven", "contact": "",
    "sender": ("Hochschule für Logistik Bremerhaven", "noreply-bewerbung@hlb.example.de"),
    "subject": "Abschluss des Auswahlverfahrens - Kennziffer 14/2026",
    "date": "2026-05-29 13:30", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "subject_charset": "iso-8859-1", "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

das Auswahlverfahren für die Stelle einer/eines Beschäftigten im Referat Personalentwicklung und Recruiting (Kennziffer 14/2026) ist abgeschlossen.

Nach Sichtung aller Unterlagen durch die Auswahlkommission konnten wir Sie leider nicht in die engere Wahl einbeziehen. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können, und danken Ihnen für das Interesse an der Hochschule für Logistik Bremerhaven.

Ihre Unterlagen werden nach Ablauf von sechs Monaten gelöscht.

Mit freundlichen Grüßen
Dezernat 3 - Personal

Hochschule für Logistik Bremerhaven · An der Karlsburg 7 · 27568 Bremerhaven
Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail.
""",
    "html": {"style": "simple", "title": "Abschluss des Auswahlverfahrens", "font": "Verdana, sans-serif"},
})

add({
    "kind": "rejection", "scenario": "seemannsmission_du_ehrenamt", "lang": "de",
    "company": "Seemannsmission Nord", "contact": "ute.claussen@seemannsmission-nord.example.org",
    "sender": ("Ute Claußen", "ute.claussen@seemannsmission-nord.example.org"),
    "subject": "Deine Bewerbung Koordination Ehrenamt",
    "date": "2026-03-03 18:05", "irt": "ack_seemannsmission", "mua": "gmail", "charset": "utf-8", "cte": "8bit",
    "text": """\
Lieber Nikolai,

ich hatte dir ja versprochen, mich nach dem 15. zu melden – sorry, dass es etwas länger gedauert hat, bei uns war die Hölle los mit zwei Schiffen gleichzeitig im Hafen.

Wir haben uns entschieden, die Stelle mit jemandem zu besetzen, der schon seit Jahren bei uns im Club als Ehrenamtlicher mitarbeitet und die Abläufe an Bord kennt. Deshalb wird es mit der Koordination diesmal nichts. Das tut mir ehrlich leid, dein Anschreiben war eines der schönsten, die ich gelesen habe.

Wenn du magst, komm doch mal an einem Donnerstagabend im Seemannsclub vorbei – wir suchen immer Leute, die Englisch und ein bisschen Yoruba oder Dänisch können :)

Herzliche Grüße
Ute

Ute Claußen
Geschäftsführung
Seemannsmission Nord e.V. – Seemannsclub Altenwerder
""",
})

add({
    "kind": "rejection", "scenario": "luehmann_nach_zweitem_gespraech", "lang": "de",
    "company": "Lühmann Kühllogistik", "contact": "m.luehmann@luehmann-kuehllogistik.example.de",
    "sender": ("Luehmann, Marten", "m.luehmann@luehmann-kuehllogistik.example.de"),
    "subject": "AW: Einladung zum zweiten Gespräch – Personalreferent (m/w/d)",
    "date": "2026-04-20 08:51", "irt": "<DB9PR07MB1184E2F0C5@DB9PR07MB1184.eurprd07.prod.outlook.com>",
    "refs": ["<AM6PR02MB4410A9D3F1@AM6PR02MB4410.eurprd02.prod.outlook.com>",
          "<DB9PR07MB1184E2F0C5@DB9PR07MB1184.eurprd07.prod.outlook.com>"],
    "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Guten Morgen Herr Brandt-Oyelaran,

vielen Dank, dass Sie sich letzte Woche noch einmal die Zeit für das zweite Gespräch mit mir und unserem Betriebsleiter genommen haben.

Wir haben uns nach langer Abwägung für einen anderen Kandidaten entschieden, der aus einem Schichtbetrieb mit ähnlicher Größe kommt. Ihnen persönlich möchte ich sagen: Das war wirklich knapp, und Ihre Art, mit unseren Fahrern ins Gespräch zu kommen, hat uns gefallen.

Ich wünsche Ihnen für die weitere Suche alles Gute.

Mit freundlichen Grüßen

Marten Lühmann
Geschäftsführer

Lühmann Kühllogistik GmbH & Co. KG
Großmoorbogen 8, 21079 Hamburg
Tel.: +49 40 7652 880

Von: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Gesendet: Mittwoch, 8. April 2026 21:14
An: Luehmann, Marten <m.luehmann@luehmann-kuehllogistik.example.de>
Betreff: AW: Einladung zum zweiten Gespräch – Personalreferent (m/w/d)

Sehr geehrter Herr Lühmann,

den Termin am 14.04. um 10 Uhr bestätige ich gern. Ich freue mich darauf!

Viele Grüße
Nikolai Brandt-Oyelaran

Von: Luehmann, Marten <m.luehmann@luehmann-kuehllogistik.example.de>
Gesendet: Mittwoch, 8. April 2026 16:02
An: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Betreff: Einladung zum zweiten Gespräch – Personalreferent (m/w/d)

Sehr geehrter Herr Brandt-Oyelaran,

das erste Gespräch hat uns überzeugt, und wir freuen uns, Sie zum zweiten Gespräch in unseren Betrieb in Harburg einzuladen. Wäre Dienstag, der 14.04., um 10:00 Uhr für Sie möglich?

Mit freundlichen Grüßen
Marten Lühmann
""",
})

add({
    "kind": "rejection", "scenario": "greenhouse_freightly_de", "lang": "de",
    "company": "Freightly", "contact": "",
    "sender": ("Freightly via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subject": "Deine Bewerbung bei Freightly: People Operations Associate",
    "date": "2026-04-23 17:58", "tz": "Europe/Berlin", "mua": "ats", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

vielen Dank für dein Interesse an Freightly und an der Rolle People Operations Associate.

Wir haben alle Bewerbungen sorgfältig angeschaut und uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen. Wir wissen, dass eine solche Nachricht enttäuschend ist, und wissen deine Zeit sehr zu schätzen.

Wir würden uns freuen, wenn du unsere offenen Stellen weiter verfolgst: https://boards.greenhouse.io/freightly

Viele Grüße
Das Freightly Talent Team

Freightly GmbH · Schlesische Straße 28 · 10997 Berlin
""",
    "html": {"style": "simple", "title": "Freightly", "font": "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif",
              "tracker": "https://click.greenhouse-mail.io/ls/click?upn="},
    "headers": {"X-Greenhouse-Application-Id": "88120493002"},
})

add({
    "kind": "rejection", "scenario": "taleo_trave_elbe_req", "lang": "de",
    "company": "Trave & Elbe Logistics Group", "contact": "",
    "sender": ("Trave & Elbe Logistics Group", "trave-elbe@taleo.net"),
    "subject": "Ihre Bewerbung: HR Generalist (m/w/d) – Req. 2026-0417",
    "date": "2026-02-26 07:03", "mua": "ats", "charset": "utf-8", "cte": "base64",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Bewerbung als HR Generalist (m/w/d) am Standort Lübeck-Skandinavienkai (Req. 2026-0417).

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position noch genauer entspricht.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert, sofern Sie es nicht selbst löschen. So können Sie sich jederzeit auf weitere Stellen bei der Trave & Elbe Logistics Group bewerben.

Mit freundlichen Grüßen

Trave & Elbe Logistics Group
Talent Acquisition DACH

---
Trave & Elbe Logistics Group AG · Konrad-Adenauer-Str. 2 · 23558 Lübeck
Vorstand: Tobias Grell (CEO), Fenja Dierks (CFO) · Aufsichtsratsvorsitzender: Wolf-Rüdiger Haas
Registergericht Lübeck HRB 15509 HL
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
""",
})

add({
    "kind": "rejection", "scenario": "kessler_dahm_mandant_ungenannt", "lang": "de",
    "company": "Kessler & Dahm Personalberatung", "contact": "f.dahm@kessler-dahm.example.de",
    "sender": ("Friederike Dahm", "f.dahm@kessler-dahm.example.de"),
    "subject": "Ihre Kandidatur – Suchmandat Talent Acquisition Lead, Hamburg",
    "date": "2026-02-20 16:20", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

herzlichen Dank für das angenehme Telefonat vor zwei Wochen und Ihr Vertrauen.

Nach Abstimmung mit unserem Mandanten muss ich Ihnen leider mitteilen, dass wir Ihre Kandidatur in diesem Suchmandat nicht weiter verfolgen werden. Unser Mandant legt für die Lead-Rolle großen Wert auf mehrjährige Führungserfahrung im Recruiting, die Sie – noch – nicht mitbringen.

Ich halte Ihr Profil sehr gern für Mandate im Bereich Recruiting und Employer Branding auf Referenten-Ebene in Evidenz und melde mich, wenn etwas Passendes dabei ist.

Mit besten Grüßen

Friederike Dahm | Partnerin | Kessler & Dahm Personalberatung
Hohe Bleichen 11 | 20354 Hamburg | +49 40 8090 6420
Kessler & Dahm Personalberatung GmbH · Sitz Hamburg · HRB 167730 · Geschäftsführer: Albrecht Kessler, Friederike Dahm

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
})

add({
    "kind": "rejection", "scenario": "onboardly_update_tippfehler", "lang": "de",
    "company": "Onboardly", "contact": "jonas@onboardly.example.de",
    "sender": ("Jonas Weitbrecht", "jonas@onboardly.example.de"),
    "subject": "Update",
    "date": "2026-03-27 22:47", "irt": "ack_onboardly", "mua": "gmail", "charset": "utf-8", "cte": "7bit",
    "text": """\
Hi Nikolai,

sorry fuer die spaete Antwort, wir sind grad zu dritt und ertrinken in Bewerbungen.

Wir haben uns gegen dich entschieden fuer die Recruiter Rolle, wir brauchen leider jemand mit mehr Tech-Recruiting erfahrung (Engineering Hiring etc). Ist nichts persoenliches!

Danke dir und viel glueck
Jonas

--
Jonas Weitbrecht
Co-Founder, Onboardly
onboardly.example.de
""",
})

add({
    "kind": "rejection", "scenario": "kiezkraft_nach_gespraech_outlook", "lang": "de",
    "company": "Kiezkraft Sozialwerk", "contact": "m.okonkwo@kiezkraft.example.de",
    "sender": ("Okonkwo, Miriam", "m.okonkwo@kiezkraft.example.de"),
    "subject": "Ihre Bewerbung als Personalreferent*in",
    "date": "2026-03-20 11:12", "irt": "inv_kiezkraft", "mua": "outlook", "structure": "html",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für das Gespräch am 3. März und Ihr Interesse an unserer Arbeit im Sozialwerk.

Nach den Gesprächen mit allen Bewerber*innen haben wir uns entschieden, die Stelle mit einer Kollegin zu besetzen, die bereits Erfahrung mit dem TVöD SuE und der Einstellung von Erzieher*innen mitbringt. Ich bedauere sehr, Ihnen keine positive Nachricht senden zu können.

Für Ihre berufliche Zukunft wünsche ich Ihnen alles Gute und viel Erfolg beim Einstieg in das Personalwesen.

Mit freundlichen Grüßen

Miriam Okonkwo
Leitung Personal
Kiezkraft Sozialwerk gGmbH
Wildenbruchstraße 67 · 12045 Berlin
Telefon 030 6890 4412

Kiezkraft Sozialwerk gGmbH · Amtsgericht Charlottenburg HRB 98321 B · Geschäftsführung: Ralf Ostendorp
""",
    "html": {"style": "outlook", "lang": "DE"},
})

# --------------------------------------------------------------------------- English

add({
    "kind": "rejection", "scenario": "workday_kattegat_more_closely", "lang": "en",
    "company": "Kattegat Line", "contact": "",
    "sender": ("Kattegat Line Talent Acquisition", "kattegatline@myworkday.com"),
    "subject": "Update on your application – Talent Acquisition Coordinator (JR-10734)",
    "date": "2026-04-09 15:21", "tz": "Europe/Copenhagen", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
Dear Nikolai,

Thank you for applying for the Talent Acquisition Coordinator position (JR-10734) at Kattegat Line in Copenhagen.

After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the role. We appreciate the time you invested in your application and encourage you to keep an eye on our careers site for future opportunities.

[View your candidate home](https://kattegatline.wd3.myworkday.com/kattegat/userHome)

Kind regards,
Talent Acquisition
Kattegat Line
""",
    "html": {"style": "ats", "lang": "en", "color": "#00363d", "title": "Kattegat Line careers",
              "logo": "https://kattegatline.wd3.myworkday.com/kattegat/assets/kl-logo-white.png",
              "logo_alt": "Kattegat Line", "tracker": "https://kattegatline.wd3.myworkday.com/wday/email/click?u=",
              "pixel": "https://kattegatline.wd3.myworkday.com/wday/email/open/SlItMTA3MzQ.gif",
              "footer": """\
Kattegat Line A/S · Amerika Plads 29 · 2100 København Ø · CVR 31 88 20 45
This message was sent from an unattended mailbox. Please do not reply.
[Privacy notice for candidates](https://www.kattegatline.example.dk/privacy/candidates)""",
              "powered": "Powered by Workday"},
})

add({
    "kind": "rejection", "scenario": "thames_gateway_on_hold", "lang": "en",
    "company": "Thames Gateway Shipping", "contact": "priya.raman@thamesgateway-shipping.example.co.uk",
    "sender": ("Priya Raman", "priya.raman@thamesgateway-shipping.example.co.uk"),
    "subject": "RE: HR Advisor role - interview dates",
    "date": "2026-07-29 16:34", "tz": "Europe/London", "irt": "<2f7d0c55-tgs-dates@example.dk>",
    "refs": ["<LO2P265MB5127C1A0D4@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>", "<2f7d0c55-tgs-dates@example.dk>"],
    "mua": "outlook", "charset": "us-ascii", "cte": "7bit",
    "text": """\
Hi Nikolai,

I wanted to let you know personally rather than through our system. Following a review of our headcount plan for the second half of the year, the HR Advisor role at Tilbury has been put on hold and we will not proceed with the recruitment. I'm really sorry, as you were one of the candidates we were keen to meet.

I can't say when or whether the role will reopen, so I don't want to keep you waiting on it. If anything similar comes up I will get in touch directly.

Best wishes,

Priya Raman
Senior Talent Partner
Thames Gateway Shipping Ltd
Riverside House, Dock Road, Tilbury RM18 7BL
M: +44 7700 900418

Thames Gateway Shipping Ltd is registered in England No 04417823. Registered office: Riverside House, Dock Road, Tilbury RM18 7BL. This email and any attachments are confidential and may be privileged.

From: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Sent: 27 July 2026 08:55
To: Priya Raman <priya.raman@thamesgateway-shipping.example.co.uk>
Subject: Re: HR Advisor role - interview dates

Dear Priya,

Thank you for the invitation! Any of the dates you suggested for the interview at Tilbury would work for me - 4 or 5 August would be ideal, as I'd fly in from Hamburg.

Best regards,
Nikolai

From: Priya Raman <priya.raman@thamesgateway-shipping.example.co.uk>
Sent: 24 July 2026 17:20
To: Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Subject: HR Advisor role - interview dates

Hi Nikolai,

Good news - the hiring manager would like to invite you to interview for the HR Advisor role. Could you let me know which of these dates suits: 4, 5 or 7 August?

Thanks,
Priya
""",
})

add({
    "kind": "rejection", "scenario": "harbour_finch_client_cutty_wharf", "lang": "en",
    "company": "Cutty Wharf Freight", "contact": "tom.ashdown@harbourfinch.example.co.uk",
    "sender": ("Tom Ashdown", "tom.ashdown@harbourfinch.example.co.uk"),
    "subject": "Re: Cutty Wharf - Recruitment Coordinator",
    "date": "2026-05-14 13:09", "tz": "Europe/London", "irt": "<9b1e7a40-cutty-followup@example.dk>", "mua": "gmail",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Sorry it's taken me a while to come back to you. I had feedback from Cutty Wharf Freight yesterday afternoon and unfortunately they've decided not to take you forward for the Recruitment Coordinator role. Their feedback was really positive on communication, but they want someone who has run a high-volume warehouse campaign before.

Don't be discouraged, you interviewed really well with them. I've got a couple of other logistics clients hiring TA people in Q3 and I'll be in touch.

Cheers,
Tom

Tom Ashdown | Principal Consultant | Harbour & Finch Recruitment
020 7946 0831 | harbourfinch.example.co.uk
Harbour & Finch Recruitment Ltd, registered in England and Wales No 11820394

On Mon, 11 May 2026 at 09:02, Nikolai Brandt-Oyelaran <nikolai.bo@example.dk> wrote:
""" + quote("""\
Hi Tom,

just checking in: did Cutty Wharf say anything after Thursday's interview? I'm very keen on the role and happy to provide references.

Best,
Nikolai
"""),
})

add({
    "kind": "rejection", "scenario": "ashby_hyrfly_reply_to_talent", "lang": "en",
    "company": "Hyrfly", "contact": "talent@hyrfly.example.nl",
    "sender": ("Hyrfly", "no-reply@ashbyhq.com"),
    "reply_to": ("Hyrfly Talent", "talent@hyrfly.example.nl"),
    "subject": "Your application to Hyrfly",
    "date": "2026-03-03 10:40", "tz": "Europe/Amsterdam", "irt": "ack_hyrfly", "mua": "ats", "charset": "utf-8", "cte": "7bit",
    "text": """\
Hi Nikolai,

Thanks so much for applying to be a Recruiting Operations Specialist at Hyrfly. We really enjoyed learning about your background.

We've reviewed your application carefully, and we've decided not to move forward at this time. We had a large number of strong applicants and had to make some tough calls.

If you have questions, you can reply to this email - it goes straight to our talent team, and a real human reads every message.

All the best,
The Hyrfly team
Keizersgracht 241, 1016 EA Amsterdam
""",
})

add({
    "kind": "rejection", "scenario": "maasvlakte_terse_iphone", "lang": "en",
    "company": "Maasvlakte Terminals", "contact": "p.vandenberg@maasvlakte-terminals.example.nl",
    "sender": ("Pieter van den Berg", "p.vandenberg@maasvlakte-terminals.example.nl"),
    "subject": "Re: HR Business Partner - interview follow up",
    "date": "2026-04-02 20:14", "tz": "Europe/Amsterdam", "irt": "<c01d4e6a-mvt@example.dk>", "mua": "iphone",
    "charset": "us-ascii", "cte": "7bit",
    "text": """\
Thanks Nikolai, we went with another candidate. Best of luck.

Sent from my iPhone

> On 1 Apr 2026, at 11:20, Nikolai Brandt-Oyelaran <nikolai.bo@example.dk> wrote:
>
> Dear Pieter,
>
> Thank you again for the interview at Maasvlakte Terminals on Monday. I really enjoyed hearing about the terminal's growth plans and would love to join the team.
>
> Kind regards,
> Nikolai
""",
})

add({
    "kind": "rejection", "scenario": "east_thames_uni_after_interview", "lang": "en",
    "company": "University of East Thames", "contact": "recruitment@uet.example.co.uk",
    "sender": ("University of East Thames - HR Recruitment", "recruitment@uet.example.co.uk"),
    "subject": "Outcome of interview: HR Officer (Recruitment), ref. UET-0926",
    "date": "2026-06-30 12:01", "tz": "Europe/London", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """\
Dear Mr Brandt-Oyelaran,

Thank you for attending the interview for the post of HR Officer (Recruitment), ref. UET-0926, on 24 June. The panel valued the opportunity to meet you.

I am sorry to tell you that on this occasion you have not been successful. The panel was impressed by your customer focus and your presentation, but the appointed candidate demonstrated more experience of UK employment legislation and right-to-work checks.

Should you wish to receive more detailed feedback, please reply to this email and a member of the panel will arrange a short call.

We wish you every success with your career.

Yours sincerely,

Harriet Olowe
HR Recruitment Team
University of East Thames
Stratford Campus, Romford Road, London E15 4LZ
The University of East Thames is an exempt charity.
""",
})

add({
    "kind": "rejection", "scenario": "teamtailor_oresund_filled_internally", "lang": "en",
    "company": "Øresund Freight Partners", "contact": "",
    "sender": ("Øresund Freight Partners", "notifications@teamtailor-mail.com"),
    "reply_to": ("Øresund Freight Partners", "reply+c6f1a0e2b7@teamtailor-mail.com"),
    "name_charset": "iso-8859-1",
    "subject": "About your application for People & Culture Generalist",
    "date": "2026-08-19 09:44", "tz": "Europe/Copenhagen", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Thank you for your interest in joining Øresund Freight Partners as People & Culture Generalist in Copenhagen.

We want to let you know that the position has been filled internally by a colleague from our operations team, so we are closing the recruitment and will not be continuing with external candidates.

We would love to stay in touch. You can join our talent community to hear about future openings: [Join our talent community](https://oresundfreight.teamtailor.com/connect)

Warm regards,
Signe Kjærgaard
People & Culture, Øresund Freight Partners
""",
    "html": {"style": "ats", "lang": "en", "color": "#16354f", "title": "Øresund Freight Partners",
              "logo": "https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/oresund-freight.png",
              "logo_alt": "Øresund Freight Partners logo", "tracker": "https://t.teamtailor-mail.com/c/",
              "pixel": "https://t.teamtailor-mail.com/o/eyJtIjoiYzZmMWEwZTJiNyJ9.png",
              "footer": """\
Øresund Freight Partners ApS · Kalkbrænderiløbskaj 4 · 2100 København Ø
You received this email because you applied for a job at Øresund Freight Partners.""",
              "unsubscribe": ("Manage your data / unsubscribe", "https://oresundfreight.teamtailor.com/candidate/consent"),
              "powered": "Sent with Teamtailor"},
})

add({
    "kind": "rejection", "scenario": "smartrecruiters_scheldt_en", "lang": "en",
    "company": "Scheldt Maritime Services", "contact": "",
    "sender": ("Scheldt Maritime Services Careers", "no-reply@smartrecruiters.com"),
    "subject": "Scheldt Maritime Services - Recruitment Officer (EN/FR/NL)",
    "date": "2026-09-10 08:15", "tz": "Europe/Brussels", "mua": "ats", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai Brandt-Oyelaran,

Thank you for your application for the role of Recruitment Officer (EN/FR/NL) at our Antwerp office.

We have now completed the review of applications. Unfortunately, we will not be moving forward with your candidacy, as fluency in Dutch is essential for this position.

We will keep your details on file for 12 months in line with our privacy policy, unless you ask us to delete them.

Best regards,

The Talent Team
Scheldt Maritime Services
Noorderlaan 147, 2030 Antwerpen
""",
})

# --------------------------------------------------------------------------- Spanish

add({
    "kind": "rejection", "scenario": "naviera_turia_perfil_ajustado", "lang": "es",
    "company": "Naviera Mediterránea del Turia", "contact": "rocio.balaguer@navieraturia.example.es",
    "sender": ("Rocío Balaguer Ferrer", "rocio.balaguer@navieraturia.example.es"),
    "name_charset": "iso-8859-1",
    "subject": "Proceso de selección Técnico/a de Selección - Valencia",
    "subject_charset": "iso-8859-1",
    "date": "2026-04-17 13:55", "tz": "Europe/Madrid", "charset": "iso-8859-1", "cte": "8bit",
    "text": """\
Estimado Sr. Brandt-Oyelaran:

Le agradecemos el interés mostrado en formar parte de Naviera Mediterránea del Turia y el tiempo dedicado a su candidatura para el puesto de Técnico/a de Selección en nuestras oficinas del puerto de Valencia.

Tras valorar detenidamente todas las candidaturas recibidas, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto, en particular en lo relativo al conocimiento de la legislación laboral española.

Conservaremos sus datos en nuestra base de candidatos durante un año, por si surgiera una vacante que encaje con su experiencia.

Reciba un cordial saludo,

Rocío Balaguer Ferrer
Responsable de Selección y Desarrollo
Naviera Mediterránea del Turia, S.L.
Muelle de la Aduana, s/n - 46024 Valencia
Tel. 963 00 41 72
""",
})

add({
    "kind": "rejection", "scenario": "successfactors_llobregat_tu", "lang": "es",
    "company": "Grupo Logístico Llobregat", "contact": "",
    "sender": ("Grupo Logístico Llobregat - Talento", "no-responder@successfactors.eu"),
    "subject": "Tu candidatura a Coordinador/a de RRHH (Ref. 4471)",
    "date": "2026-04-21 09:30", "tz": "Europe/Madrid", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
Hola Nikolai:

Gracias por tu interés en Grupo Logístico Llobregat y por presentar tu candidatura a la posición de Coordinador/a de RRHH en nuestra plataforma de El Prat de Llobregat.

Lamentamos comunicarte que, en esta ocasión, tu perfil no ha sido seleccionado para continuar en el proceso. Hemos recibido un número muy elevado de candidaturas con experiencia previa en gestión de personal en almacén.

Te animamos a seguir consultando nuestras ofertas en [nuestro portal de empleo](https://career5.successfactors.eu/career?company=gllobregat).

Un saludo,
Equipo de Talento
Grupo Logístico Llobregat
""",
    "html": {"style": "ats", "lang": "es", "color": "#004a8f", "title": "Grupo Logístico Llobregat",
              "logo": "https://career5.successfactors.eu/career/images/gllobregat_logo.png", "logo_alt": "GLL – Grupo Logístico Llobregat",
              "tracker": "https://career5.successfactors.eu/sfemail/track?l=",
              "pixel": "https://career5.successfactors.eu/sfemail/open?id=4471-77a0",
              "footer": """\
Grupo Logístico Llobregat, S.A. · Carrer de la Logística 22, 08820 El Prat de Llobregat · CIF A-08XXXXXX
Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
Información sobre protección de datos: https://www.gllobregat.example.es/privacidad"""},
})

add({
    "kind": "rejection", "scenario": "autoridad_portuaria_valoracion_meritos", "lang": "es",
    "company": "Autoridad Portuaria de Levante", "contact": "seleccion@aplevante.example.es",
    "sender": ("Autoridad Portuaria de Levante - Selección", "seleccion@aplevante.example.es"),
    "subject": "Convocatoria 07/2026 Técnico de Recursos Humanos - resultado fase de méritos",
    "date": "2026-10-02 12:12", "tz": "Europe/Madrid", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Estimado aspirante:

En relación con su participación en la convocatoria 07/2026 para la cobertura de una plaza de Técnico de Recursos Humanos (Grupo II, Banda B), le comunicamos que, una vez concluida la fase de valoración de méritos, no ha alcanzado la puntuación mínima exigida para pasar a la fase de entrevista.

El listado definitivo de puntuaciones se encuentra publicado en la sede electrónica de la Autoridad Portuaria. Contra esta resolución podrá presentar reclamación en el plazo de cinco días hábiles.

Para cualquier consulta sobre el proceso puede dirigirse a esta misma dirección de correo.

Atentamente,

Área de Personas y Organización
Autoridad Portuaria de Levante
Avda. del Muelle del Turia, s/n · 46024 Valencia
""",
})

add({
    "kind": "rejection", "scenario": "contratalia_terse_oferta_en_cita", "lang": "es",
    "company": "Contratalia", "contact": "marc@contratalia.example.es",
    "sender": ("Marc Puigdomènech", "marc@contratalia.example.es"),
    "subject": "Re: ¿novedades?",
    "date": "2026-04-29 21:03", "tz": "Europe/Madrid", "irt": "<5e0f-contratalia-q@example.dk>",
    "refs": ["inv_contratalia", "<5e0f-contratalia-q@example.dk>"], "mua": "iphone", "charset": "utf-8", "cte": "8bit",
    "text": """\
Hola Nikolai! Al final nos quedamos con otra persona para el puesto, alguien con más experiencia en startups. Gracias por tu tiempo, de verdad, y mucha suerte.

Marc

Enviado desde mi iPhone

El 28 abr 2026, a las 18:40, Nikolai Brandt-Oyelaran <nikolai.bo@example.dk> escribió:
""" + quote("""\
Hola Marc, ¿hay alguna novedad sobre la oferta de Talent Partner? Me encantó la entrevista del martes y sigo muy interesado. ¡Un saludo!
"""),
})

# --------------------------------------------------------------------------- French

add({
    "kind": "rejection", "scenario": "smartrecruiters_escaut_regret", "lang": "fr",
    "company": "Groupe Escaut Logistique", "contact": "",
    "sender": ("Groupe Escaut Logistique", "no-reply@smartrecruiters.com"),
    "subject": "Votre candidature – Chargé(e) de recrutement (H/F/X)",
    "date": "2026-05-26 10:48", "tz": "Europe/Brussels", "irt": "ack_escaut", "mua": "ats", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe Escaut Logistique et de votre candidature au poste de Chargé(e) de recrutement (H/F/X) basé à Anvers.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Les profils retenus disposent d'une expérience plus longue du recrutement en volume dans le secteur logistique.

Nous conservons votre candidature dans notre vivier pour une durée de deux ans, sauf opposition de votre part.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Escaut Logistique
""",
    "html": {"style": "ats", "lang": "fr", "color": "#5b2c83", "title": "Groupe Escaut Logistique",
              "logo": "https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/escaut-logistique.png", "logo_alt": "Groupe Escaut Logistique",
              "tracker": "https://jobs.smartrecruiters.com/r/?u=",
              "pixel": "https://t.smartrecruiters.com/open/9f3e21c0.gif",
              "footer": """\
Groupe Escaut Logistique SA · Haven 1025, Scheldelaan 410 · 2040 Antwerpen · TVA BE 0412.XXX.XXX
Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
              "powered": "Powered by SmartRecruiters"},
})

add({
    "kind": "rejection", "scenario": "talents_ports_client_anversoise", "lang": "fr",
    "company": "Anversoise de Manutention", "contact": "camille.verhaegen@talentsetports.example.be",
    "sender": ("Camille Verhaegen", "camille.verhaegen@talentsetports.example.be"),
    "subject": "Ta candidature chez Anversoise de Manutention",
    "date": "2026-04-15 17:36", "tz": "Europe/Brussels", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Bonjour Nikolai,

Je reviens vers toi suite à ton entretien avec l'Anversoise de Manutention la semaine passée.

Malheureusement, mon client a retenu un autre profil : une personne qui travaille déjà dans le port et qui parle couramment le néerlandais, ce qui a fait la différence pour les contacts avec les syndicats. Ils ont trouvé ton parcours très intéressant, surtout ton expérience « terrain » avec les clients.

Je ne lâche pas l'affaire pour toi ! Je te recontacte dès que j'ai une mission RH qui colle mieux.

Belle soirée,

Camille Verhaegen
Consultante senior – Talents & Ports
Italiëlei 88 · 2000 Antwerpen · +32 3 200 41 18
Talents & Ports SRL – agréée Région flamande VG.1234/BCU
""",
})

add({
    "kind": "rejection", "scenario": "delvigne_poste_supprime_annule", "lang": "fr",
    "company": "Transports Delvigne & Fils", "contact": "a.delvigne@delvigne-transports.example.be",
    "sender": ("Anne Delvigne", "a.delvigne@delvigne-transports.example.be"),
    "subject": "RE: Invitation à un entretien - Assistant(e) RH",
    "date": "2026-05-08 09:26", "tz": "Europe/Brussels", "irt": "<7be2c0a1-delvigne-confirm@example.dk>",
    "refs": ["inv_delvigne", "<7be2c0a1-delvigne-confirm@example.dk>"], "mua": "outlook", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """\
Bonjour Monsieur Brandt-Oyelaran,

Je suis désolée de devoir revenir vers vous avec une mauvaise nouvelle. Suite à la perte d'un contrat important, la direction a décidé de ne pas créer le poste d'Assistant(e) RH cette année. Le poste ne sera donc pas pourvu et nous annulons l'entretien prévu mardi prochain.

Je vous remercie sincèrement pour votre disponibilité et vous souhaite beaucoup de succès dans vos recherches.

Bien cordialement,

Anne Delvigne
Responsable administrative et RH
Transports Delvigne & Fils SA
Kapelsestraat 212 - 2950 Kapellen
Tél. +32 3 664 18 90

De : Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Envoyé : mercredi 6 mai 2026 08:14
À : Anne Delvigne <a.delvigne@delvigne-transports.example.be>
Objet : RE: Invitation à un entretien - Assistant(e) RH

Bonjour Madame Delvigne,

Je vous confirme ma présence le mardi 12 mai à 14h00. Au plaisir de vous rencontrer.

Bien à vous,
Nikolai Brandt-Oyelaran

De : Anne Delvigne <a.delvigne@delvigne-transports.example.be>
Envoyé : mardi 5 mai 2026 16:51
À : Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>
Objet : Invitation à un entretien - Assistant(e) RH

Monsieur,

Nous avons le plaisir de vous inviter à un entretien pour le poste d'Assistant(e) RH le mardi 12 mai à 14h00 dans nos bureaux de Kapellen.
""",
})
