# ruff: noqa: C408  (hand-written specs read best as dict(...) calls)
"""Corpus 185, rejections: 31 hand-written messages (de 15, en 8, fr 4, es 4)."""

from __future__ import annotations

from msgs185_common import ats_card, paras

ME = ("Ottilie Brandstätter-Nwosu", "ottilie.bn@example.at")

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ de
    dict(
        key="mk_rej", parent=None,
        kind="rejection", slug="murtal_workday_formal", lang="de",
        company="Murtal Kliniken", contact="",
        date="2026-02-05 07:31 +0000",
        frm=("Murtal Kliniken", "murtalkliniken@myworkday.com"),
        subject="Ihre Bewerbung: Koordinatorin Onboarding (R-10482)",
        html=ats_card("Murtal Kliniken", paras(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "vielen Dank für Ihr Interesse an den Murtal Kliniken und an der Position "
            "Koordinatorin Onboarding (R-10482) am Standort Judenburg.\n\n"
            "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir "
            "Ihre Bewerbung für diese Position nicht weiter berücksichtigen können.\n\n"
            "Ihr Kandidatenprofil bleibt für zwölf Monate gespeichert. Über neue "
            "Ausschreibungen können Sie sich jederzeit in unserem Karriereportal "
            "informieren.\n\n"
            "Mit freundlichen Grüßen\nPersonalmanagement Murtal Kliniken"),
            color="#7a1f2b",
            footer="Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse "
                   "werden nicht gelesen. Datenschutz: murtal-kliniken.example.at/datenschutz"),
    ),
    dict(
        key="t2_rej", parent="t2_miss", quote="outlook_de",
        kind="rejection", slug="donauklinik_after_no_show", lang="de",
        company="Donauklinik Gruppe", contact="sabine.wurzer@donauklinik.example.at",
        date="2026-03-18 09:40 +0100",
        frm=("Mag. Sabine Wurzer", "sabine.wurzer@donauklinik.example.at"),
        subject="AW: Ihr Termin heute um 13:30 – Onboarding-Koordination Pflege",
        charset="windows-1252", cte="quoted-printable",
        html_auto="outlook",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "seit meiner Nachricht vom 6. März haben wir leider nichts mehr von Ihnen gehört. "
            "Inzwischen ist das Auswahlverfahren für die Onboarding-Koordination Pflege "
            "abgeschlossen, und die Stelle ist vergeben. Ihre Bewerbung wird daher nicht "
            "weiterverfolgt.\n\n"
            "Ihre Unterlagen löschen wir gemäß unserer Datenschutzerklärung nach sechs Monaten.\n\n"
            "Freundliche Grüße\n"
            "Sabine Wurzer\n\n"
            "Mag. Sabine Wurzer\n"
            "Recruiting & Personalentwicklung\n"
            "Donauklinik Gruppe – Zentrale Personalabteilung\n"
            "Handelskai 214, 1020 Wien\n"
            "T +43 1 21840 3312\n"
        ),
    ),
    dict(
        key="gm_rej",
        kind="rejection", slug="gruenmarkt_softgarden_closer_match", lang="de",
        company="Grünmarkt", contact="",
        date="2026-02-12 15:02 +0100",
        frm=("Grünmarkt Recruiting", "noreply@softgarden.io"), frm_enc=("iso-8859-1", "Q"),
        subject="Rückmeldung zu Ihrer Bewerbung – Onboarding Assistenz Zentrale Graz",
        subj_enc=("utf-8", "B"),
        html_auto="card", html_args=dict(brand="Grünmarkt – Frische aus der Steiermark",
                                          color="#2e7d32"),
        cte="quoted-printable",
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "danke, dass Sie sich die Zeit genommen haben, sich bei Grünmarkt als Onboarding "
            "Assistenz in unserer Zentrale in Graz-Puntigam zu bewerben.\n\n"
            "Wir haben sehr viele Bewerbungen erhalten und uns am Ende für Kandidatinnen und "
            "Kandidaten entschieden, deren bisherige Erfahrung im Personalbereich näher an "
            "unseren Anforderungen liegt. Diese Entscheidung ist uns nicht leichtgefallen.\n\n"
            "Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\n\n"
            "Ihr Grünmarkt Recruiting-Team\n\n"
            "Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht direkt "
            "auf diese Nachricht.\n"
        ),
    ),
    dict(
        key="mb_rej", parent="mb_ack",
        kind="rejection", slug="murbrueck_filled_internally_letter", lang="de",
        company="Stadtgemeinde Murbrück", contact="herbert.url@murbrueck.example.at",
        date="2026-04-02 10:12 +0200",
        frm=("Ing. Herbert Url", "herbert.url@murbrueck.example.at"),
        subject="Ausschreibung Sachbearbeitung Personal (Onboarding) – Mitteilung",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu!\n\n"
            "Bezugnehmend auf Ihre Bewerbung vom 24. Februar 2026 dürfen wir Ihnen mitteilen, "
            "dass die ausgeschriebene Stelle „Sachbearbeitung Personal (Onboarding)“ im Wege "
            "einer internen Nachbesetzung vergeben wurde. Eine Aufnahme Ihrerseits ist daher "
            "nicht möglich.\n\n"
            "Das entsprechende Schreiben des Bürgermeisters finden Sie im Anhang. Ihre "
            "Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist vernichtet.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Ing. Herbert Url\n"
            "Personalamt\n"
            "Stadtgemeinde Murbrück\n"
            "Hauptplatz 1, 8712 Murbrück\n"
            "Tel.: +43 3842 4410-23\n"
        ),
        pdfs=[dict(filename="Mitteilung_Stellenbesetzung_2026-04.pdf",
                   title="Stadtgemeinde Murbrueck - Personalamt",
                   lines=["Frau Ottilie Brandstaetter-Nwosu", "Zahl: PA-112/2026",
                          "Betrifft: Sachbearbeitung Personal (Onboarding)", "",
                          "Die Stelle wurde intern nachbesetzt.",
                          "Wir danken fuer Ihr Interesse an der Stadtgemeinde.", "",
                          "Der Buergermeister"])],
    ),
    dict(
        key="t6_rej", parent="t6_mov", quote="de",
        kind="rejection", slug="talentbruecke_relays_kammerland_no", lang="de",
        company="Kammerland Bank", contact="d.leitgeb@talentbruecke.example.at",
        date="2026-03-09 16:22 +0100",
        frm=("Daniel Leitgeb", "d.leitgeb@talentbruecke.example.at"),
        subject="Re: Kammerland Bank – Gespräch verschoben auf Freitag",
        text=(
            "Hallo Frau Brandstätter-Nwosu,\n\n"
            "ich habe heute Mittag mit Frau Dr. Resch von der Kammerland Bank telefoniert. Leider "
            "keine gute Nachricht: Die Bank hat sich nach der zweiten Runde für eine Kandidatin "
            "entschieden, die bereits im Bankwesen onboardet hat. Ihr Auftreten fand man "
            "sympathisch, nur die Branchennähe hat am Ende gefehlt.\n\n"
            "Für mich ist das kein Grund, Sie aus den Augen zu verlieren – ich melde mich, "
            "sobald ich etwas Passendes im Handel oder Gesundheitsbereich habe.\n\n"
            "Beste Grüße\n"
            "Daniel Leitgeb\n"
            "Senior Consultant | TalentBrücke Personalservice\n"
            "Annenstraße 52, 8020 Graz | +43 316 720 118\n"
        ),
    ),
    dict(
        key="lw_rej", parent="lw_inv", quote="de",
        kind="rejection", slug="lernwerk_terse_no", lang="de",
        company="Lernwerk Digital", contact="jakob@lernwerk.example.at",
        date="2026-03-03 12:04 +0100",
        frm=("Jakob Hinterleitner", "jakob@lernwerk.example.at"),
        subject="Re: kurzer Call am Donnerstag?",
        cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "danke nochmal fürs Gespräch letzte Woche. Wir nehmen jemand anderen.\n\n"
            "Alles Gute\nJakob\n"
        ),
    ),
    dict(
        key="t8_rej", parent="t8_sorry", quote="de",
        kind="rejection", slug="limmat_after_missed_assessment", lang="de",
        company="Limmat Privatbank", contact="reto.gubler@limmatprivatbank.example.ch",
        date="2026-06-24 08:50 +0200",
        frm=("Reto Gubler", "reto.gubler@limmatprivatbank.example.ch"),
        subject="AW: Entschuldigung – Assessment 16. Juni",
        cte="base64",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu\n\n"
            "Besten Dank für Ihre Erklärung. Wir haben Verständnis dafür, dass der Zugausfall "
            "zwischen Graz und Zürich nicht in Ihrer Hand lag.\n\n"
            "Einen Ersatztermin können wir Ihnen allerdings nicht anbieten: Das Assessment war "
            "die letzte Stufe, und die Auswertung der übrigen Teilnehmenden ist abgeschlossen. "
            "Wir haben uns deshalb entschieden, Ihre Kandidatur nicht weiterzuführen.\n\n"
            "Freundliche Grüsse\n\n"
            "Reto Gubler\n"
            "HR Business Partner\n"
            "Limmat Privatbank AG, Bahnhofstrasse 88, 8001 Zürich\n"
            "+41 44 555 21 90\n\n"
            "Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt. "
            "Falls Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den "
            "Absender und löschen Sie die Nachricht. Die Limmat Privatbank AG übernimmt keine "
            "Haftung für die Vollständigkeit übermittelter Informationen.\n"
        ),
    ),
    dict(
        key="ks_rej", parent="ks_miss",
        kind="rejection", slug="stellwerk_role_on_hold", lang="de",
        company="Kaufhaus Stellwerk", contact="melanie.szabo@stellwerk.example.at",
        date="2026-04-14 11:30 +0200",
        frm=("Melanie Szabo", "melanie.szabo@stellwerk.example.at"),
        subject="Stelle HR-Onboarding Filiale Mariahilf – Information",
        cte="quoted-printable", html_auto="simple",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wie angekündigt melde ich mich noch einmal zur Stelle im HR-Onboarding für unsere "
            "Filiale Mariahilf.\n\n"
            "Unsere Geschäftsführung hat Ende letzter Woche beschlossen, die Position bis auf "
            "Weiteres auf Eis zu legen. Wir werden das Verfahren daher nicht fortsetzen und "
            "auch keine weiteren Gespräche mehr führen – das betrifft alle Kandidatinnen und "
            "Kandidaten gleichermaßen.\n\n"
            "Es tut mir leid, dass es auf diesem Weg endet.\n\n"
            "Viele Grüße\n"
            "Melanie Szabo\n"
            "Personal & Recruiting | Kaufhaus Stellwerk\n"
            "Mariahilfer Straße 140, 1150 Wien\n"
        ),
    ),
    dict(
        key="se_rej",
        kind="rejection", slug="seenland_successfactors_latin1", lang="de",
        company="Seenland Energie", contact="",
        date="2026-05-05 06:02 +0000",
        frm=("Seenland Energie Karriere", "noreply@successfactors.eu"),
        subject="Ihre Bewerbung bei Seenland Energie – Referent/in Mitarbeitereinführung",
        subj_enc=("windows-1252", "B"),
        charset="iso-8859-1", cte="base64",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir bedanken uns für Ihre Teilnahme am Auswahlverfahren für die Stelle "
            "Referent/in Mitarbeitereinführung in Klagenfurt.\n\n"
            "Nach Abschluss aller Gespräche ist unsere Wahl auf eine andere Person gefallen. "
            "Wir bitten Sie, diese Entscheidung nicht als Urteil über Ihre Qualifikation zu "
            "verstehen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Seenland Energie GmbH\n"
            "Human Resources\n\n"
            "Dies ist eine automatisch generierte E-Mail aus SAP SuccessFactors.\n"
        ),
    ),
    dict(
        key="vm_rej",
        kind="rejection", slug="viktualia_position_cancelled", lang="de",
        company="Viktualia Markt", contact="f.lindemann@viktualia-markt.example.de",
        date="2026-07-14 15:45 +0200",
        frm=("Frauke Lindemann", "f.lindemann@viktualia-markt.example.de"),
        reply_to=("Viktualia Markt Personalabteilung", "personal@viktualia-markt.example.de"),
        subject="Ihre Bewerbung als Onboarding-Koordinatorin (München)",
        text=(
            "Guten Tag Frau Brandstätter-Nwosu,\n\n"
            "im Zuge einer Umstrukturierung unserer Personalabteilung wurde die Stelle der "
            "Onboarding-Koordinatorin ersatzlos gestrichen. Die Aufgaben übernimmt künftig "
            "unser Shared-Service-Center in Nürnberg.\n\n"
            "Damit endet leider auch das Bewerbungsverfahren, bevor wir uns persönlich "
            "kennenlernen konnten. Ich bedaure das sehr.\n\n"
            "Mit freundlichen Grüßen\n"
            "Frauke Lindemann\n"
            "Viktualia Markt AG · Personalabteilung\n"
            "Rosenheimer Straße 77, 81667 München\n"
        ),
    ),
    dict(
        key="bs_rej", parent="bs_cxl",
        kind="rejection", slug="brenner_casual_colleague", lang="de",
        company="Brenner Software", contact="kathi@brenner-software.example.de",
        date="2026-06-02 18:03 +0200",
        frm=("Kathi Obermaier", "kathi@brenner-software.example.de"),
        subject="kurzes Update von Brenner",
        html=(
            '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
            "<p>Hey Ottilie,</p>\n"
            "<p>ich mach's kurz, weil du eh schon lang genug gewartet hast: Wir gehen mit "
            "jemandem weiter, der schon zwei Jahre Onboarding in einer Tech-Firma gemacht hat. "
            "Hat diesmal einfach nicht gepasst.</p>\n"
            "<p>Dein Beispiel mit den Eingewöhnungswochen im Kindergarten fand ich übrigens "
            "richtig stark – genau so denken wir über die ersten Tage im Job. Bleib dran!</p>\n"
            "<p>Liebe Grüße aus der Schwanthalerhöhe<br>Kathi</p>\n"
            '<p style="color:#999;font-size:11px">Kathi Obermaier · People Team · Brenner '
            "Software GmbH · Ganghoferstraße 29 · 80339 München</p>"
            "</body></html>\n"
        ),
    ),
    dict(
        key="hr_rej",
        kind="rejection", slug="hofmann_raab_unnamed_client_no", lang="de",
        company="Hofmann & Raab", contact="c.hofmann@hofmann-raab.example.at",
        date="2026-03-30 17:10 +0200",
        frm=("Mag. Clemens Hofmann", "c.hofmann@hofmann-raab.example.at"),
        subject="Rückmeldung meines Mandanten – Onboarding Specialist",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "mein Mandant, ein Handelsunternehmen mit Sitz im Wiener Umland, hat die Shortlist "
            "für die Position Onboarding Specialist inzwischen durchgesehen. Sie sind leider "
            "nicht unter den Personen, die zum Gespräch eingeladen werden.\n\n"
            "Ausschlaggebend war laut Mandant der Wunsch nach Erfahrung mit einem HR-System wie "
            "SAP oder Personio. Ich halte Ihr Profil trotzdem für interessant und würde es gern "
            "in meiner Kartei behalten, sofern Sie nichts dagegen haben.\n\n"
            "Mit besten Grüßen\n\n"
            "Mag. Clemens Hofmann\n"
            "Geschäftsführender Partner\n"
            "Hofmann & Raab Personalberatung GmbH\n"
            "Schottenring 19/4, 1010 Wien\n"
            "Tel. +43 1 532 77 40 | Mobil +43 664 381 2290\n"
        ),
    ),
    dict(
        key="lg_rej", parent="lg_ack",
        kind="rejection", slug="lindwurm_recruitee_after_interview", lang="de",
        company="Lindwurm Logistik", contact="",
        date="2026-05-22 13:00 +0200",
        frm=("Lindwurm Logistik", "lindwurm-logistik@jobs.recruitee.com"),
        subject="Lindwurm Logistik: Ihre Bewerbung als HR-Koordinatorin Onboarding",
        html_auto="card", html_args=dict(brand="Lindwurm Logistik · Karriere",
                                          color="#004d61"),
        cte="quoted-printable",
        text=(
            "Hallo Frau Brandstätter-Nwosu,\n\n"
            "vielen Dank, dass Sie sich am 12. Mai Zeit für das Gespräch mit Frau Kogler und "
            "Herrn Moser genommen haben.\n\n"
            "Es war eine knappe Entscheidung. Den Ausschlag hat am Ende die mehrjährige "
            "Erfahrung einer Mitbewerberin in der Lagerlogistik gegeben, weshalb wir Ihnen "
            "diesmal keine Zusage geben können.\n\n"
            "Wir würden uns freuen, wenn Sie unsere Karriereseite im Blick behalten.\n\n"
            "Freundliche Grüße\n"
            "Ihr Lindwurm Logistik Team\n"
        ),
    ),
    dict(
        key="ud_rej", parent="ud_inv",
        kind="rejection", slug="uetliberg_via_greenhouse", lang="de",
        company="Uetliberg Digital", contact="sandra.keller@uetliberg-digital.example.ch",
        date="2026-07-20 16:40 +0200",
        frm=("Sandra Keller via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Sandra Keller", "sandra.keller@uetliberg-digital.example.ch"),
        subject="Uetliberg Digital – Ihre Kandidatur als People Onboarding Coordinator",
        cte="quoted-printable", html_auto="simple",
        text=(
            "Grüezi Frau Brandstätter-Nwosu\n\n"
            "Herzlichen Dank für die beiden Gespräche und die Fallstudie, die Sie für uns "
            "vorbereitet haben.\n\n"
            "Nach reiflicher Überlegung haben wir entschieden, den Prozess mit Ihnen nicht "
            "fortzusetzen. Für die Rolle brauchen wir jemanden, der sich im Schweizer "
            "Arbeitsrecht bereits sicher bewegt; das konnten wir bei Ihnen noch nicht "
            "voraussetzen.\n\n"
            "Wenn Sie mögen, gebe ich Ihnen gern telefonisch ein ausführlicheres Feedback.\n\n"
            "Freundliche Grüsse\n"
            "Sandra Keller\n"
            "Talent Acquisition, Uetliberg Digital AG\n"
        ),
    ),
    dict(
        key="kv_rej", parent="kv_ack",
        kind="rejection", slug="karawanken_taleo_disclaimer", lang="de",
        company="Karawanken Versicherung", contact="",
        date="2026-03-31 09:00 +0200",
        frm=("Karawanken Versicherung Personal", "karawanken@taleo.net"),
        subject="Bewerbung Nr. 2026-0417 – Assistenz Personalentwicklung und Onboarding",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung im weiteren "
            "Auswahlverfahren nicht berücksichtigt werden kann.\n\n"
            "Bitte haben Sie Verständnis, dass wir aus Gründen der Gleichbehandlung keine "
            "individuellen Begründungen abgeben.\n\n"
            "Mit freundlichen Grüßen\n"
            "Karawanken Versicherung AG\n"
            "Personalabteilung\n"
            "Neuer Platz 6, 9020 Klagenfurt am Wörthersee\n\n"
            "________________________________\n"
            "Karawanken Versicherung AG | Sitz: Klagenfurt am Wörthersee | Firmenbuch: "
            "FN 400117 x, Landesgericht Klagenfurt | DVR: 0011223\n"
            "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen "
            "enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
            "sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie "
            "die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.\n"
        ),
    ),
    # ------------------------------------------------------------------ en
    dict(
        key="t3_rej", parent="t3_thx", quote="en",
        kind="rejection", slug="dragonbridge_after_thank_you", lang="en",
        company="Dragonbridge Labs", contact="maja.kovac@dragonbridge.example.si",
        date="2026-04-08 10:05 +0200",
        frm=("Maja Kovač", "maja.kovac@dragonbridge.example.si"), frm_enc=("utf-8", "B"),
        subject="Re: Thank you – onboarding coordinator conversation",
        cte="quoted-printable", html_auto="simple",
        text=(
            "Hi Ottilie,\n\n"
            "Your note after the conversation with Luka and me was genuinely appreciated, and "
            "I'm sorry it has taken a while to get back to you.\n\n"
            "I'm afraid we won't be offering you the role. We went with someone who has "
            "already run onboarding for a distributed engineering team, which is what the "
            "next twelve months will demand. It was not an easy call.\n\n"
            "If it's useful, I'm happy to share a few notes from the panel.\n\n"
            "Warm regards,\n"
            "Maja\n\n"
            "Maja Kovač | Talent Partner\n"
            "Dragonbridge Labs d.o.o. | Trg republike 3, 1000 Ljubljana\n"
        ),
    ),
    dict(
        key="tv_rej", parent="tv_ack",
        kind="rejection", slug="tivoli_lever_formal", lang="en",
        company="Tivoli Home", contact="",
        date="2026-05-25 08:12 +0000",
        frm=("Tivoli Home", "no-reply@hire.lever.co"),
        subject="Your application to Tivoli Home",
        html_auto="card", html_args=dict(brand="Tivoli Home", color="#c05a2b",
                                          footer="Sent by Lever on behalf of Tivoli Home."),
        cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "Thank you for applying for the HR Onboarding Coordinator position at our "
            "Ljubljana head office.\n\n"
            "After careful review, we will not be moving forward with your application. We "
            "received a large number of applications and had to make difficult choices.\n\n"
            "We appreciate your interest in Tivoli Home and wish you every success.\n\n"
            "The Tivoli Home Talent Team\n"
        ),
    ),
    dict(
        key="mr_rej", parent="mr_ack",
        kind="rejection", slug="moselle_workable_role_on_hold", lang="en",
        company="Moselle Retail", contact="",
        date="2026-06-29 14:20 +0200",
        frm=("Moselle Retail", "moselle-retail@workablemail.com"),
        subject="Update on the People Onboarding Associate role",
        text=(
            "Hello Ottilie,\n\n"
            "We wanted to let you know that the People Onboarding Associate role at our "
            "Luxembourg-Gasperich office has been put on hold following a budget review, and "
            "we will not proceed with the recruitment at this stage.\n\n"
            "This means your application is now closed. Should the position be reopened, it "
            "will be advertised again on our careers page.\n\n"
            "Thank you for the time you invested in applying.\n\n"
            "Moselle Retail Recruitment\n"
            "Powered by Workable\n"
        ),
    ),
    dict(
        key="ac_rej",
        kind="rejection", slug="alpinecare_icims_html_base64", lang="en",
        company="Alpine Care Group", contact="",
        date="2026-09-01 09:30 -0400",
        frm=("Alpine Care Group Talent Acquisition", "alpinecare@talent.icims.com"),
        subject="Alpine Care Group – Onboarding Coordinator (Req 4471), Ljubljana",
        html=ats_card("Alpine Care Group", paras(
            "Dear Ottilie Brandstätter-Nwosu,\n\n"
            "We have now completed our review for requisition 4471, Onboarding Coordinator "
            "(Ljubljana clinics).\n\n"
            "Regrettably, your candidacy has not been selected to progress. We encourage you "
            "to keep an eye on our careers site for future roles that match your "
            "background.\n\n"
            "Kind regards,\nTalent Acquisition\nAlpine Care Group"),
            color="#00696f", lang="en",
            footer="Please do not reply to this message; this mailbox is not monitored."),
        html_cte="base64",
    ),
    dict(
        key="np_rej",
        kind="rejection", slug="nordlicht_ashby_terse", lang="en",
        company="Nordlicht Payments", contact="jonas.brandt@nordlicht-payments.example.de",
        date="2026-09-15 17:55 +0200",
        frm=("Nordlicht Payments", "no-reply@ashbyhq.com"),
        reply_to=("Jonas Brandt", "jonas.brandt@nordlicht-payments.example.de"),
        subject="Nordlicht Payments – quick update",
        text=(
            "Hi Ottilie,\n\n"
            "Thanks for the chat on Friday. We're not taking it further – good luck with the "
            "search.\n\n"
            "Jonas\n"
        ),
    ),
    dict(
        key="th_rej", parent="th_inv", quote="outlook_en",
        kind="rejection", slug="talentharbour_relays_ardennes_no", lang="en",
        company="Ardennes Insurance", contact="sophie.reuter@talentharbour.example.lu",
        date="2026-08-12 12:25 +0200",
        frm=("Sophie Reuter", "sophie.reuter@talentharbour.example.lu"),
        subject="RE: Interview with Ardennes Insurance – Wednesday 5 August",
        html_auto="outlook", html_args=dict(lang="EN-GB"), cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "I've just come off the phone with Ardennes Insurance. They have chosen to offer "
            "the onboarding role to another candidate, so I'm afraid this one won't go "
            "ahead for you.\n\n"
            "Their feedback: warm, well prepared and very good with people; they would have "
            "liked more exposure to Luxembourg payroll and social security registration. "
            "Happy to talk it through whenever suits you.\n\n"
            "Best wishes,\n"
            "Sophie\n\n"
            "Sophie Reuter\n"
            "Consultant, HR & Office Support\n"
            "Talent Harbour S.à r.l., Luxembourg\n"
            "12, rue Philippe II, L-2340 Luxembourg\n"
            "+352 26 48 90 12\n"
        ),
    ),
    dict(
        key="qb_rej", parent="qb_inv",
        kind="rejection", slug="quaibridge_smartrecruiters_closer_match", lang="en",
        company="Quaibridge Bank", contact="",
        date="2026-09-14 07:45 +0000",
        frm=("Quaibridge Bank", "no-reply@smartrecruiters.com"),
        subject="Quaibridge Bank: your application for Onboarding Specialist (Zurich)",
        html_auto="card", html_args=dict(brand="Quaibridge Bank Careers", color="#22314a"),
        cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "Thank you for completing the video interview for the Onboarding Specialist "
            "position in Zurich.\n\n"
            "We have reviewed all recordings and have decided to move forward with candidates "
            "whose experience more closely matches the requirements of this position.\n\n"
            "We will retain your details in our talent community unless you ask us to delete "
            "them.\n\n"
            "Sincerely,\n"
            "Quaibridge Bank Talent Acquisition\n"
        ),
    ),
    dict(
        key="ko_rej", parent="ko_miss",
        kind="rejection", slug="kolo_casual_no", lang="en",
        company="Kolo Apps", contact="tjasa@koloapps.example.si",
        date="2026-09-28 20:15 +0200",
        frm=("Tjaša Zupan", "tjasa@koloapps.example.si"),
        subject="Kolo – onboarding gig",
        text=(
            "Hey Ottilie!\n\n"
            "Bad news from our side, I'm afraid: we're going with another person for the "
            "onboarding gig. The Meet mix-up wasn't the reason (honestly, these things "
            "happen) – in the end the team picked someone who speaks Slovene, because half "
            "of our new joiners are from the Maribor office.\n\n"
            "Sorry it's not a yes. Shout if you're ever in Ljubljana, coffee's on me.\n\n"
            "Tjaša\n"
        ),
    ),
    # ------------------------------------------------------------------ fr
    dict(
        key="rl_rej",
        kind="rejection", slug="rhoneleman_taleo_disclaimer", lang="fr",
        company="Banque Rhône-Léman", contact="",
        date="2026-06-15 10:10 +0200",
        frm=("Banque Rhône-Léman Recrutement", "rhoneleman@taleo.net"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Votre candidature – Chargée d'intégration RH (réf. 26-0193)",
        subj_enc=("windows-1252", "Q"),
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Madame,\n\n"
            "Nous vous remercions de l'intérêt que vous portez à la Banque Rhône-Léman.\n\n"
            "Après examen attentif de votre dossier, nous avons le regret de vous informer "
            "que votre candidature au poste de Chargée d'intégration RH n'a pas été retenue.\n\n"
            "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\n"
            "Ressources humaines\n"
            "Banque Rhône-Léman SA\n"
            "Quai du Mont-Blanc 31, 1201 Genève\n\n"
            "AVERTISSEMENT : ce message et ses annexes sont confidentiels et destinés "
            "exclusivement au destinataire mentionné. Toute diffusion ou utilisation non "
            "autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en "
            "avertir immédiatement l'expéditeur et de le détruire.\n"
        ),
    ),
    dict(
        key="cb_rej",
        kind="rejection", slug="bellerive_filled_internally", lang="fr",
        company="Commune de Bellerive-sur-Arve", contact="l.dufaux@bellerive-arve.example.ch",
        date="2026-05-08 14:35 +0200",
        frm=("Laurent Dufaux", "l.dufaux@bellerive-arve.example.ch"),
        subject="Poste d'assistant-e RH (accueil des nouveaux collaborateurs)",
        charset="iso-8859-1", cte="base64",
        text=(
            "Madame Brandstätter-Nwosu,\n\n"
            "Par la présente, nous vous informons que le poste d'assistant-e RH chargé-e de "
            "l'accueil des nouveaux collaborateurs a été pourvu par une candidature interne, "
            "conformément à notre règlement du personnel qui donne la priorité aux employés de "
            "la commune.\n\n"
            "Vous trouverez en pièce jointe le courrier officiel. Nous conservons votre dossier "
            "pendant trois mois, sauf avis contraire de votre part.\n\n"
            "Avec nos meilleures salutations,\n\n"
            "Laurent Dufaux\n"
            "Chef du service des ressources humaines\n"
            "Commune de Bellerive-sur-Arve\n"
            "Route de la Mairie 2, 1255 Bellerive\n"
            "022 784 12 30\n"
        ),
        pdfs=[dict(filename="courrier_poste_RH.pdf",
                   title="Commune de Bellerive-sur-Arve - Ressources humaines",
                   lines=["Madame Ottilie Brandstätter-Nwosu",
                          "Concerne : poste d'assistant-e RH", "",
                          "Le poste a été pourvu à l'interne.",
                          "Nous vous remercions de votre intérêt.", "",
                          "Le Conseil administratif"])],
    ),
    dict(
        key="lm_rej", parent="lm_miss", quote="fr",
        kind="rejection", slug="leman_relays_pharmacies_no", lang="fr",
        company="Pharmacies du Rhône", contact="camille.rochat@leman-rh.example.ch",
        date="2026-04-07 09:15 +0200",
        frm=("Camille Rochat", "camille.rochat@leman-rh.example.ch"),
        subject="Re: Pharmacies du Rhône – entretien de ce matin",
        cte="quoted-printable",
        text=(
            "Bonjour Ottilie,\n\n"
            "Merci pour votre appel de la semaine dernière et pour vos explications.\n\n"
            "J'ai transmis votre message à la direction des Pharmacies du Rhône. "
            "Malheureusement, elle a décidé de ne pas donner suite : le planning des "
            "entretiens était serré et ils ont entre-temps trouvé la personne qu'ils "
            "cherchaient.\n\n"
            "Je garde bien sûr votre dossier actif chez nous et je reviens vers vous dès "
            "qu'une mission correspond à votre profil.\n\n"
            "Belle journée,\n"
            "Camille Rochat\n"
            "Consultante RH – Léman Services RH SA\n"
            "Rue du Rhône 65, 1204 Genève – 022 310 44 80\n"
        ),
    ),
    dict(
        key="ms_rej",
        kind="rejection", slug="schuman_teamtailor_profiles", lang="fr",
        company="Maison Schuman", contact="elodie.schmit@maison-schuman.example.lu",
        date="2026-08-20 11:05 +0200",
        frm=("Maison Schuman", "no-reply@teamtailor-mail.com"),
        reply_to=("Élodie Schmit", "elodie.schmit@maison-schuman.example.lu"),
        rt_enc=("iso-8859-1", "Q"),
        subject="Votre candidature chez Maison Schuman",
        html_auto="card", html_args=dict(brand="Maison Schuman", color="#5b3a6b"),
        cte="quoted-printable",
        text=(
            "Bonjour Ottilie,\n\n"
            "Merci d'avoir postulé au poste de coordinatrice onboarding dans nos magasins "
            "du Kirchberg et de la Cloche d'Or.\n\n"
            "Après mûre réflexion, nous avons choisi de privilégier des profils ayant déjà une "
            "expérience confirmée en administration du personnel au Luxembourg. Nous ne "
            "poursuivrons donc pas le processus avec vous.\n\n"
            "Nous vous souhaitons beaucoup de réussite dans vos recherches.\n\n"
            "Élodie Schmit\n"
            "Responsable recrutement, Maison Schuman\n"
        ),
    ),
    # ------------------------------------------------------------------ es
    dict(
        key="t5_rej", parent="t5_thx", quote="es",
        kind="rejection", slug="nervion_after_thank_you", lang="es",
        company="Grupo Hospitalario Nervión", contact="itziar.etxeberria@gh-nervion.example.es",
        date="2026-05-26 12:40 +0200",
        frm=("Itziar Etxeberria", "itziar.etxeberria@gh-nervion.example.es"),
        subject="RE: Gracias por la entrevista",
        cte="quoted-printable", html_auto="simple",
        text=(
            "Hola, Ottilie:\n\n"
            "Te agradezco mucho el correo que nos enviaste después de la entrevista; a "
            "Garazi y a mí nos gustó mucho conversar contigo.\n\n"
            "Lamento comunicarte que, finalmente, no vamos a contar contigo para el puesto "
            "de técnica de acogida. Hemos seleccionado a una persona que ya conoce nuestro "
            "sistema de turnos en planta, algo que para esta incorporación pesaba mucho.\n\n"
            "Un abrazo y mucha suerte,\n"
            "Itziar Etxeberria\n"
            "Responsable de Selección\n"
            "Grupo Hospitalario Nervión · Alameda de Urquijo 41 · 48011 Bilbao\n"
            "Tel. 944 20 77 15\n"
        ),
    ),
    dict(
        key="rs_rej",
        kind="rejection", slug="ria_bamboohr_latin1", lang="es",
        company="Ría Software", contact="",
        date="2026-07-01 08:00 +0000",
        frm=("Ría Software", "no-reply@bamboohr.com"), frm_enc=("iso-8859-1", "B"),
        subject="Tu candidatura en Ría Software", subj_enc=("iso-8859-1", "Q"),
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola Ottilie,\n\n"
            "Gracias por tu interés en el puesto de Coordinadora de Onboarding en Ría "
            "Software.\n\n"
            "Tras revisar detenidamente todas las candidaturas, hemos decidido no seguir "
            "adelante con tu proceso. Guardaremos tus datos durante un año por si surge una "
            "vacante que encaje mejor.\n\n"
            "Saludos cordiales,\n"
            "Equipo de Personas de Ría Software\n\n"
            "Este mensaje se ha enviado desde BambooHR. Por favor, no respondas a este correo.\n"
        ),
    ),
    dict(
        key="ib_rej", parent="ib_inv",
        kind="rejection", slug="ibaizabal_interview_stage_not_passed", lang="es",
        company="Ayuntamiento de Ibaizabal", contact="m.goikoetxea@ibaizabal.example.es",
        date="2026-06-30 13:20 +0200",
        frm=("Miren Goikoetxea", "m.goikoetxea@ibaizabal.example.es"),
        subject="Proceso selectivo técnico/a auxiliar de RR. HH. – resultado",
        charset="windows-1252", cte="base64",
        text=(
            "Estimada Sra. Brandstätter-Nwosu:\n\n"
            "Le informamos de que, una vez valoradas la prueba práctica y la entrevista "
            "personal, el tribunal calificador ha publicado la lista definitiva. Lamentamos "
            "comunicarle que no figura entre las personas seleccionadas para el puesto de "
            "técnico/a auxiliar de Recursos Humanos (acogida de personal).\n\n"
            "Puede consultar las puntuaciones en el tablón de anuncios de la sede electrónica. "
            "Dispone de diez días hábiles para presentar alegaciones.\n\n"
            "Atentamente,\n\n"
            "Miren Goikoetxea\n"
            "Técnica de Recursos Humanos\n"
            "Ayuntamiento de Ibaizabal\n"
            "Plaza Nueva 1, 48005 Ibaizabal (Bizkaia)\n"
        ),
    ),
    dict(
        key="bt_rej", parent="bt_ack",
        kind="rejection", slug="bizkaiatalento_unnamed_client_no", lang="es",
        company="Bizkaia Talento", contact="aitor.urrutia@bizkaiatalento.example.es",
        date="2026-07-29 18:02 +0200",
        frm=("Aitor Urrutia", "aitor.urrutia@bizkaiatalento.example.es"),
        subject="Sobre la vacante de apoyo en RR. HH.",
        text=(
            "Hola Ottilie:\n\n"
            "Te escribo porque ya tengo respuesta de la empresa cliente, una distribuidora "
            "del sector logístico en Zamudio. Han preferido a otra candidata que ya ha "
            "trabajado con su programa de nóminas, así que por esta vez no sale.\n\n"
            "No te desanimes: tu perfil nos encaja para otros clientes y te tendré en cuenta "
            "en las próximas semanas.\n\n"
            "Un saludo,\n"
            "Aitor Urrutia\n"
            "Consultor de selección · Bizkaia Talento ETT\n"
            "Gran Vía 58, 48011 Bilbao · 944 15 38 20\n"
        ),
    ),
]
