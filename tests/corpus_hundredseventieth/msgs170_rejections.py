"""Corpus 170: rejections. Hand-written, blind; every message words its no differently."""

from __future__ import annotations

from msgs170_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    forwarded,
    mso,
    outlook_block,
    paras,
    quote,
    reply_chain,
    word_html,
    wrote,
)
from msgs170_invites import (
    ACHIM,
    ALSACE_CANCEL_TEXT,
    BEATRIZ,
    BEATRIZ_SIG,
    CAMILLE,
    CAMILLE_SIG,
    CORINNE,
    CORINNE_SIG,
    DANIEL,
    DANIEL_SIG,
    DAVIDE,
    ENRICO,
    GIULIA,
    GIULIA_SIG,
    KOLBENWERK_LEGAL,
    NECKAR_MOVE_TEXT,
    NINA,
    NINA_SIG,
    OSCAR,
    RAINER,
    RAUCH,
    RAUCH_SIG,
    RH_MOVE_TEXT,
    SABINE,
    SABINE_SIG,
    SEBASTIEN,
    TANJA,
    TANJA_SIG,
    VERENA,
    VERENA_SIG,
)
from msgs170_other import BLAUTAL_REJ_TEXT, KOLB_THANKS_TEXT, SUPERGA_THANKS_TEXT

KOLB_REJ_TEXT = f"""Sehr geehrter Herr Ferreira-Novak,

herzlichen Dank für Ihre freundlichen Zeilen nach unserem Gespräch – Herr Maier-Kienzle und ich haben uns sehr darüber gefreut.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende ist die Wahl auf eine Bewerberin gefallen, die bereits mehrere Jahre Angebote für Großhändler kalkuliert hat und sofort in unsere Rahmenverträge einsteigen kann. Ihre Werkstatterfahrung hat uns beeindruckt, für diese Position hat sie allein aber nicht den Ausschlag gegeben.

Wenn Sie einverstanden sind, nehmen wir Ihre Unterlagen für zwölf Monate in unseren Talentpool auf. Sollten Sie das nicht wünschen, genügt eine kurze Antwort auf diese E-Mail.

Für Ihren weiteren Weg in den Vertrieb wünsche ich Ihnen alles Gute.

Freundliche Grüße

{SABINE_SIG}

{KOLBENWERK_LEGAL}

{wrote("de", "2026-02-19 18:40", CAND_NAME, CAND_ADDR)}
{quote(KOLB_THANKS_TEXT)}"""

GLATTAL_REJ = f"""Sehr geehrter Herr Ferreira-Novak

Besten Dank für Ihren Besuch in Dübendorf und das offene Gespräch mit unserem Gremium – trotz des verschobenen Termins haben Sie sich sehr gut vorbereitet gezeigt.

Nach Abschluss aller Gespräche haben wir die Stelle an eine Kandidatin vergeben, die seit mehreren Jahren Dichtungslösungen an Schweizer Nutzfahrzeughersteller verkauft. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach sechs Monaten gemäss Datenschutzgesetz gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüsse

{CORINNE_SIG}"""

MESSAGES: list[dict] = [
    # ======================================================================= German
    {
        "kind": "rejection", "slug": "kolbenwerk_nach_gespraech_mit_dank_zitiert", "id": "kolb-rej", "lang": "de",
        "company": "Kolbenwerk Neckar", "contact": SABINE[1],
        "frm": SABINE, "subject": "AW: Vielen Dank für das Gespräch heute",
        "date": "2026-03-03 11:20", "reply": "kolb-thanks",
        "text": KOLB_REJ_TEXT, "html": word_html(mso(KOLB_REJ_TEXT)),
    },
    {
        "kind": "rejection", "slug": "durlacher_successfactors_stelle_auf_eis", "id": "durlach-rej", "lang": "de",
        "company": "Durlacher Werkzeugmaschinen", "contact": "",
        "frm": ("Durlacher Werkzeugmaschinen GmbH", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung als Vertriebsingenieur Service & Retrofit – Referenz 40-2217",
        "date": "2026-04-01 08:15", "tz": "+0000", "reply": "durlach-ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Durlacher Werkzeugmaschinen", "#1f4e79", """<p>Sehr geehrter Herr Ferreira-Novak,</p>
<p>nochmals vielen Dank für Ihre Bewerbung als Vertriebsingenieur Service &amp; Retrofit (m/w/d).</p>
<p>Aufgrund einer geänderten Budgetplanung für das laufende Geschäftsjahr wurde die ausgeschriebene Stelle vorerst auf Eis gelegt. Wir führen das Auswahlverfahren deshalb nicht fort und können Ihre Bewerbung für diese Position nicht weiter berücksichtigen.</p>
<p>Sollte die Stelle zu einem späteren Zeitpunkt wieder ausgeschrieben werden, freuen wir uns, wenn Sie sich erneut bewerben.</p>
<p>Mit freundlichen Grüßen<br>Personalabteilung<br>Durlacher Werkzeugmaschinen GmbH</p>""",
                      "Pfinztalstraße 90 · 76227 Karlsruhe · SAP SuccessFactors Recruiting"),
    },
    {
        "kind": "rejection", "slug": "autohaus_degerloch_knapp", "id": "degerloch-rej", "lang": "de",
        "company": "Autohaus Degerloch", "contact": RAINER[1],
        "frm": RAINER, "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Bewerbung Teiledienst / Rückmeldung",
        "date": "2026-02-12 12:31", "reply": "degerloch-missed",
        "text": """Grüß Gott Herr Ferreira-Novak,

danke für Ihren Anruf noch. Ich hab's mir überlegt: An die Theke kommt jetzt ein junger Mann aus Möhringen, der schon drei Jahre Teile verkauft hat. Für Sie ist da bei uns also kein Platz.

Nix für ungut und alles Gute!
Rainer Kübler
Autohaus Degerloch""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "rejection", "slug": "neckarpersonal_donauguss_sagt_ab", "id": "neckar-rej", "lang": "de",
        "company": "Donauguss", "contact": TANJA[1],
        "frm": TANJA, "subject": "AW: Donauguss: Termin verschiebt sich auf 11.02.",
        "date": "2026-02-20 14:48", "reply": "neckar-move",
        "text": f"""Hallo Herr Ferreira-Novak,

ich habe heute mit Frau Rapp von Donauguss telefoniert und leider keine guten Nachrichten: Der Kunde hat sich gegen eine Zusammenarbeit mit Ihnen entschieden. Ausschlaggebend war wohl, dass man dort jemanden sucht, der schon Gussteile nach Zeichnung anbieten kann – das Gespräch selbst fanden sie angenehm.

Lassen Sie den Kopf nicht hängen. Ich habe zwei andere Kunden im Raum Ulm und Heilbronn im Blick und melde mich nächste Woche bei Ihnen.

{TANJA_SIG}

{reply_chain("de", "2026-02-02 08:05", TANJA[0], TANJA[1], NECKAR_MOVE_TEXT)}""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "rejection", "slug": "traunstahl_nach_verpasstem_termin", "id": "traun-rej", "lang": "de",
        "company": "Traunstahl Komponenten", "contact": VERENA[1],
        "frm": VERENA, "subject": "Ihre Bewerbung bei Traunstahl Komponenten",
        "date": "2026-06-26 09:12", "reply": "traun-missed",
        "text": f"""Sehr geehrter Herr Ferreira-Novak,

danke für Ihren Anruf und die Erklärung zum verpassten Online-Gespräch – so etwas kann passieren.

Wir haben die Gespräche mit den übrigen Kandidatinnen und Kandidaten inzwischen abgeschlossen und die Stelle im Vertriebsinnendienst mit einer Person besetzt, die das Verkaufsgebiet Oberösterreich bereits aus einer ähnlichen Funktion kennt. Einen weiteren Termin mit Ihnen werden wir daher nicht mehr vereinbaren.

Wir danken Ihnen für Ihr Interesse an Traunstahl und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen aus Linz

{VERENA_SIG}""",
    },
    {
        "kind": "rejection", "slug": "soeflinger_personio_intern_besetzt", "id": "soefl-rej", "lang": "de",
        "company": "Söflinger Nutzfahrzeuge", "contact": "j.brenner@soeflinger-nfz.example.de",
        "frm": ("Söflinger Nutzfahrzeuge GmbH", "noreply@personio.de"),
        "reply_to": ("Jana Brenner", "j.brenner@soeflinger-nfz.example.de"),
        "enc": {"from": ("iso-8859-1", "b"), "subject": ("iso-8859-1", "b")},
        "subject": "Ihre Bewerbung bei Söflinger Nutzfahrzeuge",
        "date": "2026-03-20 15:05", "reply": "soefl-ack",
        "text": """Hallo Lukas Ferreira-Novak,

vielen Dank für Ihre Geduld.

Die Position Verkaufsberater Nutzfahrzeug-Service haben wir inzwischen mit einem Kollegen aus unserer eigenen Werkstatt besetzt, der intern in den Verkauf gewechselt ist. Eine externe Besetzung ist damit für uns kein Thema mehr, und wir schließen das Verfahren ab.

Bei Fragen erreichen Sie mich direkt über die Antwortfunktion.

Beste Grüße
Jana Brenner
Personal, Söflinger Nutzfahrzeuge GmbH""",
        "html": ats_card("Söflinger Nutzfahrzeuge", "#2e7d32", paras("""Hallo Lukas Ferreira-Novak,

vielen Dank für Ihre Geduld.

Die Position Verkaufsberater Nutzfahrzeug-Service haben wir inzwischen mit einem Kollegen aus unserer eigenen Werkstatt besetzt, der intern in den Verkauf gewechselt ist. Eine externe Besetzung ist damit für uns kein Thema mehr, und wir schließen das Verfahren ab.

Bei Fragen erreichen Sie mich direkt über die Antwortfunktion.

Beste Grüße
Jana Brenner
Personal, Söflinger Nutzfahrzeuge GmbH"""), "Gesendet mit Personio"),
    },
    {
        "kind": "rejection", "slug": "wendlinger_taleo_formell", "id": "wend-rej", "lang": "de",
        "company": "Wendlinger Lenksysteme", "contact": "",
        "frm": ("Wendlinger Lenksysteme Recruiting", "noreply@taleo.net"),
        "enc": {"subject": ("utf-8", "b")},
        "subject": "Ihre Bewerbung WL-26-0417 – Technischer Vertrieb Lenksysteme Aftermarket",
        "date": "2026-09-08 06:20", "tz": "+0000", "reply": "wend-cancel",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Lukas Ferreira-Novak,

wir danken Ihnen für Ihre Bewerbung und die Zeit, die Sie in das Videointerview investiert haben.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns im weiteren Verlauf des Auswahlverfahrens für andere Bewerbende entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.

Ihre Daten werden gemäß den gesetzlichen Vorgaben sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Talent Acquisition
Wendlinger Lenksysteme GmbH

Diese Nachricht wurde automatisch erstellt.""",
        "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "filderwerk_icims_passendere_profile", "id": "filder-rej", "lang": "de",
        "company": "Filderwerk Antriebstechnik", "contact": "",
        "frm": ("Filderwerk Antriebstechnik Recruiting", "filderwerk-noreply@icims.com"),
        "subject": "Rückmeldung zum Assessment-Center – Junior Key Account Manager Aftermarket",
        "date": "2026-06-17 05:40", "tz": "-0400", "reply": "filder-move",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 9. Juni und Ihr Engagement während des gesamten Tages.

Nach sorgfältiger Auswertung aller Ergebnisse haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Erfahrung noch genauer zu den Anforderungen der Position passt – insbesondere im Umgang mit Rahmenverträgen großer Werkstattketten.

Wir bedanken uns für Ihr Interesse an der Filderwerk Antriebstechnik GmbH und wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
        "html": ats_card("Filderwerk Antriebstechnik", "#8b1a1a", paras("""Sehr geehrter Herr Ferreira-Novak,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 9. Juni und Ihr Engagement während des gesamten Tages.

Nach sorgfältiger Auswertung aller Ergebnisse haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Erfahrung noch genauer zu den Anforderungen der Position passt – insbesondere im Umgang mit Rahmenverträgen großer Werkstattketten.

Wir bedanken uns für Ihr Interesse an der Filderwerk Antriebstechnik GmbH und wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team"""), "Powered by iCIMS"),
    },
    {
        "kind": "rejection", "slug": "remstal_kumpelhaft_schwaebisch", "id": "remstal-rej", "lang": "de",
        "company": "Remstal Fahrzeugteile", "contact": ACHIM[1],
        "frm": ACHIM, "subject": "Kurz wegen deiner Bewerbung",
        "date": "2026-02-02 18:05", "reply": "remstal-invite",
        "text": """Servus Lukas,

i sag's dir lieber glei direkt, bevor de lang wartesch: Des wird nix mit uns zwei. Mir hend jetzt den Kollege gnomma, der scho acht Johr beim Großhändler im Außendienst gschafft hot – der kennt jeden Werkstattmeister zwischen Schorndorf und Backnang.

Tut mr echt leid, des Gespräch am Donnerstag war richtig gut, und i han gmerkt, dass du was druff hosch. Wenn i was hör, wo zu dir passt, sag i dir Bescheid.

Ade
Achim""",
        "cte": "8bit",
    },
    {
        "kind": "rejection", "slug": "glattal_nach_gremium_outlook", "id": "glattal-rej", "lang": "de",
        "company": "Glattal Dichtungstechnik", "contact": CORINNE[1],
        "frm": CORINNE, "subject": "Ihre Bewerbung als Technical Sales Representative",
        "date": "2026-08-12 10:44", "reply": "glattal-cancel",
        "html": word_html(mso(GLATTAL_REJ)),
    },
    {
        "kind": "rejection", "slug": "blautal_recruitee_nicht_weiterverfolgen", "id": "blautal-rej", "lang": "de",
        "company": "Blautal Elektromobil", "contact": "",
        "frm": ("Blautal Elektromobil", "blautal-elektromobil@jobs.recruitee.com"),
        "subject": "Deine Bewerbung bei Blautal Elektromobil",
        "date": "2026-08-25 10:04", "reply": "blautal-ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": BLAUTAL_REJ_TEXT,
        "html": ats_card("Blautal Elektromobil", "#00838f", paras(BLAUTAL_REJ_TEXT), "Recruitee"),
    },
    {
        "kind": "rejection", "slug": "kessler_rauch_mandat_gestoppt", "id": "kr-rej", "lang": "de",
        "company": "Kessler & Rauch", "contact": RAUCH[1],
        "frm": RAUCH, "subject": "Update zum Mandat Fahrwerkskomponenten",
        "date": "2026-05-20 17:30",
        "text": f"""Lieber Herr Ferreira-Novak,

neben Brennerlicht hatte ich Ihr Profil ja auch einem zweiten Mandanten vorgestellt – dem Fahrwerkszulieferer im Münchner Norden, über den wir am Telefon gesprochen haben.

Dort hat die Geschäftsführung gestern entschieden, die Suche nach einem Technical Sales Manager komplett einzustellen; die Aufgaben werden auf das bestehende Team verteilt. Für dieses Mandat kann ich Sie also leider nicht weiter ins Rennen schicken, und das Verfahren ist für Sie dort beendet.

An Brennerlicht ändert das natürlich nichts – da bleiben wir dran.

Beste Grüße

{RAUCH_SIG}""",
    },
    {
        "kind": "rejection", "slug": "urfahr_zwei_zeilen", "id": "urfahr-rej", "lang": "de",
        "company": "Urfahr Nutzfahrzeughandel", "contact": "m.hofer@urfahr-nfz.example.at",
        "frm": ("Manfred Hofer", "m.hofer@urfahr-nfz.example.at"),
        "enc": {"subject": ("iso-8859-1", "b")},
        "subject": "Ihre Bewerbung Verkäufer Ersatzteile",
        "date": "2026-09-15 07:52",
        "text": """Sehr geehrter Herr Ferreira-Novak,

danke für Ihr Interesse, die Stelle ist aber schon vergeben.

Beste Grüße
Manfred Hofer
Urfahr Nutzfahrzeughandel GmbH, Linz""",
        "charset": "iso-8859-1", "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "rheinhafen_nach_telefonat_outlook_kette", "id": "rh-rej", "lang": "de",
        "company": "Rheinhafen Hydraulik", "contact": DANIEL[1],
        "frm": DANIEL, "subject": "AW: AW: Telefonat Mittwoch – leider krank",
        "date": "2026-03-26 16:02", "reply": "rh-move",
        "text": f"""Hallo Herr Ferreira-Novak,

nochmals danke für das Telefonat am Montag, und danke, dass Sie wegen meiner Grippe so flexibel waren.

Ich habe mich inzwischen mit unserem Vertriebsleiter abgestimmt. Für den Innendienst Hydraulikkomponenten brauchen wir jemanden, der vom ersten Tag an mit unseren Katalognummern und SAP SD arbeitet; diese Praxis fehlt Ihnen derzeit noch. Deshalb gehen wir den nächsten Schritt – das Gespräch vor Ort in Karlsruhe – mit Ihnen nicht.

Ihre Erfahrung mit Nutzfahrzeughydraulik ist wertvoll; vielleicht passt es bei einer Stelle im Außendienst, die wir im Herbst planen. Darf ich Sie dann wieder anschreiben?

Viele Grüße

{DANIEL_SIG}

{outlook_block("de", f"{DANIEL[0]} <{DANIEL[1]}>", "2026-03-16 07:42", f"{CAND_NAME} <{CAND_ADDR}>", "AW: Telefonat Mittwoch – leider krank", RH_MOVE_TEXT)}

{outlook_block("de", f"{CAND_NAME} <{CAND_ADDR}>", "2026-03-10 20:14", f"{DANIEL[0]} <{DANIEL[1]}>", "AW: Ihre Bewerbung – kurzes Telefonat?", '''Guten Abend Herr Ochs,

vielen Dank für Ihre Nachricht. Am Dienstag bin ich leider noch in der Werkstatt eingeteilt – wäre Mittwoch, 18.03., um 14:30 Uhr möglich?

Viele Grüße
Lukas Ferreira-Novak''')}""",
        "html": word_html(mso(f"""Hallo Herr Ferreira-Novak,

nochmals danke für das Telefonat am Montag, und danke, dass Sie wegen meiner Grippe so flexibel waren.

Ich habe mich inzwischen mit unserem Vertriebsleiter abgestimmt. Für den Innendienst Hydraulikkomponenten brauchen wir jemanden, der vom ersten Tag an mit unseren Katalognummern und SAP SD arbeitet; diese Praxis fehlt Ihnen derzeit noch. Deshalb gehen wir den nächsten Schritt – das Gespräch vor Ort in Karlsruhe – mit Ihnen nicht.

Ihre Erfahrung mit Nutzfahrzeughydraulik ist wertvoll; vielleicht passt es bei einer Stelle im Außendienst, die wir im Herbst planen. Darf ich Sie dann wieder anschreiben?

Viele Grüße

{DANIEL_SIG}""") + "\n" + mso(outlook_block("de", f"{DANIEL[0]} <{DANIEL[1]}>", "2026-03-16 07:42", f"{CAND_NAME} <{CAND_ADDR}>", "AW: Telefonat Mittwoch – leider krank", RH_MOVE_TEXT))),
    },
    {
        "kind": "rejection", "slug": "poestlingberg_softgarden_abschluss_nach_nichterreichen", "id": "poest-rej", "lang": "de",
        "company": "Pöstlingberg Antriebe", "contact": "",
        "frm": ("Pöstlingberg Antriebe GmbH", "noreply@softgarden.io"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Ihre Bewerbung als Vertriebstechniker Innendienst",
        "date": "2026-09-10 11:30", "reply": "poest-missed",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

da wir Sie zum vereinbarten Telefoninterview am 27. August nicht erreichen konnten und seither keine Rückmeldung von Ihnen erhalten haben, schließen wir Ihre Bewerbung hiermit ab. Die Stelle wird mit anderen Bewerberinnen und Bewerbern besetzt.

Ihre Daten löschen wir nach Ablauf der gesetzlichen Frist.

Freundliche Grüße
Team Personal
Pöstlingberg Antriebe GmbH""",
        "html": ats_card("Pöstlingberg Antriebe – Karriere", "#3d5a80", paras("""Sehr geehrter Herr Ferreira-Novak,

da wir Sie zum vereinbarten Telefoninterview am 27. August nicht erreichen konnten und seither keine Rückmeldung von Ihnen erhalten haben, schließen wir Ihre Bewerbung hiermit ab. Die Stelle wird mit anderen Bewerberinnen und Bewerbern besetzt.

Ihre Daten löschen wir nach Ablauf der gesetzlichen Frist.

Freundliche Grüße
Team Personal
Pöstlingberg Antriebe GmbH"""), "Versendet mit softgarden e-recruiting."),
    },
    # ======================================================================= English
    {
        "kind": "rejection", "slug": "sangone_final_decision_italian_speaker", "id": "sangone-rej", "lang": "en",
        "company": "Sangone Powertrain", "contact": GIULIA[1],
        "frm": GIULIA, "subject": "Re: Your interview this morning",
        "date": "2026-04-15 16:40", "reply": "sangone-move",
        "text": f"""Hi Lukas,

Thanks again for making the second slot work after the mix-up with the first call.

I've now had the debrief with Paolo and the sales team. The role turned out to be heavier on phone work with small Piedmont workshops than we had planned, so we're continuing with a candidate who is a native Italian speaker. That means we won't be moving ahead with your application on this occasion.

Paolo asked me to tell you that your explanation of the dual-clutch failure was the best one he heard in the whole process. If an English- or German-facing role opens up in our export team, I'll reach out to you directly.

All the best,
{GIULIA_SIG}

{wrote("en", "2026-03-26 09:14", GIULIA[0], GIULIA[1])}
{quote('''Hi Lukas,

Thanks for explaining – a flat battery in the middle of a road test is about the most
mechanic excuse I've heard, and I'm glad you're fine.

Paolo can do Thursday 2 April at 15:00 CET instead.''')}""",
    },
    {
        "kind": "rejection", "slug": "superga_after_interview_quotes_thanks", "id": "superga-rej", "lang": "en",
        "company": "Superga Automotive Electronics", "contact": DAVIDE[1],
        "frm": DAVIDE, "subject": "Re: Thank you for today's interview",
        "date": "2026-05-29 12:05", "reply": "superga-thanks",
        "text": f"""Dear Lukas,

Thank you for your kind note – the feeling was mutual, and Chiara enjoyed the CAN bus discussion as much as you did.

I'm sorry to say that the panel has chosen another finalist for the Field Application Sales Engineer position. In the end, direct experience supporting Tier-1 electronics customers tipped the balance, and that's an area where your profile is still growing.

I'd be glad to keep in touch, and please don't hesitate to apply for future roles with us.

Warm regards,
Davide Morra
Talent Partner | Superga Automotive Electronics
+39 011 555 4417

{wrote("en", "2026-05-21 19:12", CAND_NAME, CAND_ADDR)}
{quote(SUPERGA_THANKS_TEXT)}""",
        "cte": "quoted-printable",
    },
    {
        "kind": "rejection", "slug": "voltaro_ashby_closer_match", "id": "voltaro-rej", "lang": "en",
        "company": "Voltaro Charging Systems", "contact": "",
        "frm": ("Voltaro Charging Systems", "no-reply@ashbyhq.com"),
        "subject": "Update on your application to Voltaro",
        "date": "2026-04-14 17:02",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Voltaro", "#4a148c", """<p>Hi Lukas,</p>
<p>Thank you for speaking with Jonas and for your interest in the Technical Sales Associate, DC Charging role.</p>
<p>After a lot of discussion, we've decided to move forward with candidates whose experience more closely matches what we need right now, particularly around high-voltage installation projects.</p>
<p>We know this isn't the news you were hoping for, and we genuinely appreciate the time you put into the process.</p>
<p>Best wishes,<br>The Voltaro Talent Team</p>""",
                      "Voltaro Charging Systems GmbH, Munich · Powered by Ashby"),
    },
    {
        "kind": "rejection", "slug": "murgtal_bamboohr_role_on_hold", "id": "murgtal-rej", "lang": "en",
        "company": "Murgtal Trailer Parts", "contact": "",
        "frm": ("Murgtal Trailer Parts", "no-reply@bamboohr.com"),
        "subject": "Inside Sales Technician – application update",
        "date": "2026-08-18 14:30", "tz": "-0600",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hello Lukas,

Thank you for your interest in the Inside Sales Technician position at Murgtal Trailer Parts.

We wanted to let you know that the role has been put on hold following a change in our parent company's hiring plans, and we will not proceed with any of the current applications. If the position is reopened, it will be advertised again on our careers page.

We appreciate the time you invested and wish you the best in your search.

Murgtal Trailer Parts GmbH
Rastatt, Germany""",
        "html": ats_card("Murgtal Trailer Parts", "#455a64", paras("""Hello Lukas,

Thank you for your interest in the Inside Sales Technician position at Murgtal Trailer Parts.

We wanted to let you know that the role has been put on hold following a change in our parent company's hiring plans, and we will not proceed with any of the current applications. If the position is reopened, it will be advertised again on our careers page.

We appreciate the time you invested and wish you the best in your search."""), "Sent via BambooHR"),
    },
    {
        "kind": "rejection", "slug": "povalley_terse_human", "id": "povalley-rej", "lang": "en",
        "company": "Po Valley Drivetrain", "contact": ENRICO[1],
        "frm": ENRICO, "subject": "Re: quick chat?",
        "date": "2026-06-19 08:47", "reply": "povalley-invite",
        "text": """Lukas -

thanks for the chat last week. Honest answer: we're going another way with this hire. Good luck out there.

Enrico""",
        "cte": "7bit",
    },
    {
        "kind": "rejection", "slug": "alpine_sales_relays_seefeld_no", "id": "alpine-rej", "lang": "en",
        "company": "Seefeld Fahrzeugelektrik", "contact": NINA[1],
        "frm": NINA, "subject": "Feedback from Seefeld Fahrzeugelektrik",
        "date": "2026-06-05 11:25", "reply": "alpine-invite",
        "text": f"""Hi Lukas,

I've just received the client's feedback and I'm pasting their note below so you can read it first-hand.

In short, Seefeld Fahrzeugelektrik has decided not to take your candidacy any further. Marco Bühler liked your technical depth, but they want someone who can handle Swiss-German-speaking garage owners on the phone from day one. I disagree a little, to be honest, but it's their call.

Let's speak on Monday – I have another idea I'd like to run past you.

Best regards,
{NINA_SIG}

{forwarded("en", "Sandra Keller <sandra.keller@seefeld-fe.example.ch>", "2026-06-04 17:10", f"{NINA[0]} <{NINA[1]}>", "Kandidat L. Ferreira-Novak", '''Liebe Frau Caflisch

Besten Dank für die Vorstellung von Herrn Ferreira-Novak. Nach interner Abstimmung
haben wir entschieden, die Kandidatur nicht weiterzuverfolgen. Für die Stelle ist
Schweizerdeutsch im Kundenkontakt leider unverzichtbar.

Freundliche Grüsse
Sandra Keller, HR''')}""",
    },
    {
        "kind": "rejection", "slug": "dora_smartrecruiters_not_next_stage", "id": "dora-rej", "lang": "en",
        "company": "Dora Motion Systems", "contact": "",
        "frm": ("Dora Motion Systems", "noreply@smartrecruiters.com"),
        "subject": "Your application for Key Account Technician",
        "date": "2026-07-10 09:40",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Lukas,

Thank you for applying for the Key Account Technician position at Dora Motion Systems in Turin.

We have reviewed your profile against the requirements of the role and regret that we will not be inviting you to the next stage of the selection process.

Your details will remain in our talent community, and you may be contacted about suitable openings in the future unless you choose to remove them.

Kind regards,
Dora Motion Systems Recruitment""",
        "cte": "base64",
    },
    {
        "kind": "rejection", "slug": "welser_workday_not_taking_further", "id": "welser-rej", "lang": "en",
        "company": "Welser Antriebstechnik", "contact": "",
        "frm": ("Welser Antriebstechnik Careers", "welser@myworkday.com"),
        "subject": "Technical Sales Coordinator (JR-1205): update on your application",
        "date": "2026-05-26 02:14", "tz": "-0700",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Lukas Ferreira-Novak,

Thank you for your application for Technical Sales Coordinator (JR-1205) in Wels, Austria.

We have carefully considered your application and we won't be taking it further at this stage. This was a competitive process and many strong candidates applied.

We encourage you to keep an eye on our careers site for future opportunities.

Best regards,
Talent Acquisition Team
Welser Antriebstechnik GmbH""",
        "html": ats_card("Welser Antriebstechnik – Careers", "#263238", paras("""Dear Lukas Ferreira-Novak,

Thank you for your application for Technical Sales Coordinator (JR-1205) in Wels, Austria.

We have carefully considered your application and we won't be taking it further at this stage. This was a competitive process and many strong candidates applied.

We encourage you to keep an eye on our careers site for future opportunities.

Best regards,
Talent Acquisition Team
Welser Antriebstechnik GmbH"""), "Powered by Workday"),
    },
    # ======================================================================= French
    {
        "kind": "rejection", "slug": "alsace_freinage_pourvu_en_interne", "id": "alsace-rej", "lang": "fr",
        "company": "Alsace Freinage", "contact": CAMILLE[1],
        "frm": CAMILLE, "subject": "RE: Annulé : Entretien L. Ferreira-Novak – mardi 5 mai 14h",
        "date": "2026-05-20 10:30", "reply": "alsace-cand-reply",
        "text": f"""Bonjour Monsieur Ferreira-Novak,

Je reviens vers vous comme promis après l'annulation de notre rendez-vous du 5 mai.

La réorganisation de l'équipe commerciale est désormais terminée, et le poste de technico-commercial sédentaire a été confié à un collaborateur de notre agence de Colmar qui souhaitait se rapprocher de Strasbourg. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Je vous remercie sincèrement pour votre patience et votre compréhension, et je me permets de conserver votre CV si une opportunité se présentait dans notre réseau.

Bien cordialement,

{CAMILLE_SIG}

{reply_chain("fr", "2026-04-30 15:22", CAMILLE[0], CAMILLE[1], ALSACE_CANCEL_TEXT)}""",
        "cte": "quoted-printable",
    },
    {
        "kind": "rejection", "slug": "rhin_equipements_lettre_formelle", "id": "rhin-rej", "lang": "fr",
        "company": "Rhin Équipements Auto", "contact": "",
        "frm": ("Rhin Équipements Auto Recrutement", "ne-pas-repondre@rhin-equipements.example.fr"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Votre candidature - réf. RE-2026-07",
        "date": "2026-04-03 09:00", "reply": "rhin-ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Monsieur,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'attaché commercial atelier (réf. RE-2026-07).

Après examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait à se libérer.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service des ressources humaines
Rhin Équipements Auto""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "rejection", "slug": "robertsau_teamtailor_experience_b2b", "id": "robertsau-rej", "lang": "fr",
        "company": "Robertsau Pièces Auto", "contact": "",
        "frm": ("Robertsau Pièces Auto", "no-reply@teamtailor-mail.com"),
        "subject": "Suite à votre candidature – Conseiller commercial garages",
        "date": "2026-05-15 16:12",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Lukas,

Merci d'avoir postulé au poste de conseiller commercial garages chez Robertsau Pièces Auto.

Votre parcours d'atelier a retenu toute notre attention ; toutefois, ce poste exige une expérience confirmée de la vente B2B que nous n'avons pas retrouvée dans votre dossier. Nous ne sommes donc pas en mesure de vous proposer la suite du processus.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement
Robertsau Pièces Auto – Strasbourg""",
        "html": ats_card("Robertsau Pièces Auto", "#6a1b9a", paras("""Bonjour Lukas,

Merci d'avoir postulé au poste de conseiller commercial garages chez Robertsau Pièces Auto.

Votre parcours d'atelier a retenu toute notre attention ; toutefois, ce poste exige une expérience confirmée de la vente B2B que nous n'avons pas retrouvée dans votre dossier. Nous ne sommes donc pas en mesure de vous proposer la suite du processus.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement
Robertsau Pièces Auto – Strasbourg"""), "Envoyé via Teamtailor"),
        "enc": {"from": ("utf-8", "b")},
    },
    {
        "kind": "rejection", "slug": "technostaff_retour_client_negatif", "id": "technostaff-rej", "lang": "fr",
        "company": "TechnoStaff Suisse", "contact": SEBASTIEN[1],
        "frm": SEBASTIEN, "enc": {"from": ("utf-8", "b")},
        "subject": "Retour de notre client – mission conseiller technique",
        "date": "2026-05-08 14:20", "reply": "technostaff-missed",
        "text": """Bonjour Lukas,

Merci de m'avoir rappelé et d'avoir pu rencontrer notre client la semaine suivante malgré le rendez-vous manqué.

J'ai eu son retour ce matin : il ne souhaite pas poursuivre avec vous pour la mission de conseiller technique. Il s'oriente finalement vers un profil plus logistique, capable de gérer les stocks du magasin en parallèle.

Je garde votre dossier actif et je vous recontacte dès qu'une autre mission se présente.

Sébastien Rossier
Consultant recrutement – Automobile & Industrie
TechnoStaff Suisse SA
+41 22 555 40 17""",
    },
    # ======================================================================= Spanish
    {
        "kind": "rejection", "slug": "castilla_recambios_breve", "id": "castilla-rej", "lang": "es",
        "company": "Castilla Recambios", "contact": OSCAR[1],
        "frm": OSCAR, "enc": {"from": ("iso-8859-1", "q")},
        "subject": "Puesto de mostrador",
        "date": "2026-07-21 13:02", "reply": "castilla-missed",
        "text": """Hola Lukas:

Al final no seguimos contigo para el puesto de mostrador. Gracias por tu tiempo.

Saludos,
Óscar""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "rejection", "slug": "talento_motor_arlanzon_no_avanza", "id": "talento-rej", "lang": "es",
        "company": "Arlanzón Frenos", "contact": BEATRIZ[1],
        "frm": BEATRIZ, "enc": {"from": ("iso-8859-1", "q"), "subject": ("utf-8", "q")},
        "subject": "Respuesta de Arlanzón Frenos",
        "date": "2026-04-10 18:12",
        "text": f"""Hola Lukas:

Te escribo con la respuesta de Arlanzón Frenos sobre el puesto de técnico comercial en Burgos: han decidido no avanzar con tu candidatura.

Valoran mucho tu experiencia en taller, pero necesitan a alguien con carné C y disponibilidad para rutas de varios días por Castilla y Cantabria, y eso no encaja con lo que hablamos.

Ya sabes que lo de Duero sigue adelante, así que esto no cambia nada de lo importante. Hablamos esta semana.

Un abrazo,

{BEATRIZ_SIG}""",
    },
    {
        "kind": "rejection", "slug": "talleres_campo_grande_vacante_cancelada", "id": "campogrande-rej", "lang": "es",
        "company": "Talleres Campo Grande", "contact": "lucia.pastor@talleres-campogrande.example.es",
        "frm": ("Lucía Pastor", "lucia.pastor@talleres-campogrande.example.es"),
        "enc": {"from": ("iso-8859-1", "q"), "subject": ("iso-8859-1", "q")},
        "subject": "Proceso de selección asesor técnico de ventas",
        "date": "2026-10-05 09:35",
        "text": """Estimado Lukas:

Gracias por participar en nuestro proceso de selección para el puesto de asesor técnico de ventas.

Lamentamos comunicarte que la vacante se ha cancelado: la dirección ha decidido no ampliar la plantilla este año, por lo que el proceso queda cerrado sin ninguna contratación.

Te agradecemos el interés y te deseamos mucha suerte.

Lucía Pastor
Recursos Humanos
Talleres Campo Grande, S.L.
Paseo de Zorrilla 120, 47006 Valladolid
Tel. 983 55 50 45

Aviso legal: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al Reglamento (UE) 2016/679.""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "rejection", "slug": "esgueva_workable_no_seleccionada", "id": "esgueva-rej", "lang": "es",
        "company": "Esgueva Automoción", "contact": "",
        "frm": ("Esgueva Automoción", "noreply@workablemail.com"),
        "enc": {"from": ("utf-8", "b"), "subject": ("utf-8", "b")},
        "subject": "Actualización sobre tu candidatura – Esgueva Automoción",
        "date": "2026-10-08 17:50", "reply": "esgueva-ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hola Lukas:

Gracias por tu interés en el puesto de Asesor técnico-comercial de utillaje.

Tras revisar con detenimiento todas las candidaturas, lamentamos comunicarte que la tuya no ha sido seleccionada para continuar en el proceso.

Te animamos a seguir atento a nuestras próximas ofertas.

Esgueva Automoción
Enviado con Workable""",
        "cte": "base64",
    },
]
