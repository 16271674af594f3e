"""Rejections for the seventy-seventh corpus: hand-written, each in its own voice."""

from __future__ import annotations

from msgs77_base import JONAS, msg

R = "rejection"

MESSAGES = [
    msg(R, "stadtwerke_absage_formal", "de", "Stadtwerke Traunfeld", "bewerbung@stadtwerke-traunfeld.test",
        "Stadtwerke Traunfeld GmbH - Personalabteilung <bewerbung@stadtwerke-traunfeld.test>", "02-11 10:14",
        "Ihre Bewerbung als Controller:in (m/w/d) – Kennzahl 2026/014",
        """Sehr geehrter Herr Wimmer-Adeyemi,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit bei den Stadtwerken Traunfeld.

Nach sorgfältiger Prüfung aller eingegangenen Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Abwertung Ihrer Qualifikation, sondern Ergebnis eines Vergleichs mit den Anforderungen der konkreten Stelle.

Ihre Unterlagen werden gemäß DSGVO nach Ablauf von sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

i.A. Gerlinde Hofstätter
Personal & Organisation
Stadtwerke Traunfeld GmbH
Bahnhofstraße 12, 4050 Traunfeld
Tel. +43 7229 60 60-213
""", cs="iso-8859-1"),
    msg(R, "workday_soft_en", "en", "Norrland Packaging", "",
        "Norrland Packaging <norrland@myworkday.com>", "03-02 23:41",
        "Update on your application - Senior FP&A Analyst (R-10482)",
        """Dear Jonas,

Thank you for your interest in Norrland Packaging and for taking the time to apply for the Senior FP&A Analyst position (R-10482) in Vienna.

After careful consideration, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We encourage you to visit our careers site and apply for future openings that match your skills and experience.

Kind regards,
Norrland Packaging Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
""", fmt="alt", rt="noreply@myworkday.com"),
    msg(R, "mobile_terse_hm", "de", "Brandl Feinkost", "m.brandl@brandl-feinkost.test",
        "Markus Brandl <m.brandl@brandl-feinkost.test>", "01-23 18:02",
        "Re: Controlling",
        """Hallo Herr Wimmer-Adeyemi, danke fürs Kommen gestern. Wir machen mit jemand anderem weiter, der schon Erfahrung mit SAP S/4 Umstellung hat. Alles gute!

MB

Von meinem iPhone gesendet
""", quote=("gmail_de", JONAS, """Sehr geehrter Herr Brandl,

vielen Dank für das angenehme Gespräch heute. Ich freue mich auf Ihre Rückmeldung.

Beste Grüße
Jonas Wimmer-Adeyemi""", 1)),
    msg(R, "agency_relay_client_de", "de", "Kärntner Holzwerke", "sandra.pichler@pichler-partner.test",
        "Sandra Pichler <sandra.pichler@pichler-partner.test>", "04-08 09:33",
        "Rückmeldung Kärntner Holzwerke",
        """Lieber Jonas,

ich hab heute endlich Feedback von den Kärntner Holzwerken bekommen – leider keine guten Nachrichten. Sie haben sich für einen Kandidaten entschieden, der bereits in der Holzindustrie als Werkscontroller tätig war. Dein Profil hat ihnen gut gefallen, besonders das Thema Treasury, aber am Ende war die Branchennähe ausschlaggebend.

Ich weiß, das ist ärgerlich nach zwei Runden. Lass uns nächste Woche kurz telefonieren, ich hab da noch zwei andere Mandate im Raum Klagenfurt/Villach, die dich interessieren könnten.

Liebe Grüße
Sandra

Sandra Pichler
Senior Beraterin Finance & Accounting
Pichler & Partner Personalberatung
+43 664 412 88 31

---------- Weitergeleitete Nachricht ---------
Von: Wieser Gernot <g.wieser@kaerntner-holzwerke.test>
Date: Di., 7. Apr. 2026 um 17:02 Uhr
Subject: AW: Kandidat Wimmer-Adeyemi
To: Sandra Pichler <sandra.pichler@pichler-partner.test>

Hallo Frau Pichler,
danke für die Vorstellung von Herrn Wimmer-Adeyemi. Wir haben uns intern für Herrn K. entschieden (Werkscontrolling-Erfahrung Säge/Platte). Bitte richten Sie Herrn Wimmer-Adeyemi unseren Dank aus.
LG G. Wieser
Kaufm. Leitung, Kärntner Holzwerke GmbH
""", cte="qp"),
    msg(R, "successfactors_after_interview", "de", "Albrecht Automotive", "",
        "Albrecht Automotive Careers <careers-noreply@successfactors.eu>", "05-19 07:05",
        "Ihre Bewerbung: Finance Business Partner Werk Augsburg (Job-ID 88213)",
        """Sehr geehrter Herr Wimmer-Adeyemi,

nochmals herzlichen Dank für Ihr Interesse an der Albrecht Automotive SE und für die Zeit, die Sie sich für die Gespräche mit uns genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Interviews haben wir uns jedoch für eine:n andere:n Bewerber:in entschieden, deren/dessen Profil den Anforderungen der Position noch etwas besser entspricht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Albrecht Automotive SE

--
Albrecht Automotive SE | Sitz der Gesellschaft: Augsburg | Registergericht Augsburg HRB 31207 | Vorstand: Dr. Petra Lenz (Vors.), Tobias Kranich
Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen.
""", fmt="html", cte="b64"),
    msg(R, "role_on_hold_en_uk", "en", "Harrowgate Mutual", "priya.nair@harrowgatemutual.example.co.uk",
        "Priya Nair <priya.nair@harrowgatemutual.example.co.uk>", "06-03 16:48",
        "Treasury Analyst role",
        """Hi Jonas,

I hope you're well. I'm afraid I'm writing with some disappointing news. Following a review of headcount for H2, the Treasury Analyst role has been put on hold and we shan't be progressing any candidates for the time being. I'm really sorry, as the panel enjoyed meeting you.

Should the position re-open I'll be sure to get in touch, but I didn't want to leave you hanging in the meantime.

Warm regards,
Priya

Priya Nair | Resourcing Partner
Harrowgate Mutual Insurance Society
T: +44 20 7946 0312
Harrowgate Mutual Insurance Society Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 01928374.
"""),
    msg(R, "greenhouse_short", "en", "Kettle & Crumb", "",
        "Kettle & Crumb <no-reply@us.greenhouse-mail.io>", "02-26 20:12",
        "Your application to Kettle & Crumb",
        """Hi Jonas,

Thanks for your time, but we won't be moving forward with your application for Finance Manager, DACH.

Best,
The Kettle & Crumb team
""", fmt="alt"),
    msg(R, "personio_position_filled", "de", "Lumivia Solar", "",
        "Lumivia Solar GmbH <jobs-noreply@personio.de>", "03-17 11:20",
        "Deine Bewerbung als Financial Controller (m/w/d)",
        """Hallo Jonas,

danke, dass du dich bei Lumivia Solar beworben hast!

Die Stelle als Financial Controller (m/w/d) ist inzwischen besetzt. Wir haben deine Unterlagen deshalb nicht weiter berücksichtigt – das hat nichts mit deiner Qualifikation zu tun, wir waren einfach schneller fündig als gedacht.

Schau gern ab und zu auf unserer Karriereseite vorbei, wir wachsen weiter.

Sonnige Grüße
Dein People-Team von Lumivia Solar
""", fmt="html"),
    msg(R, "bank_after_takehome", "de", "Raiffeisen Landesbank Oberinn", "katharina.feuerstein@rlb-oberinn.test",
        "Feuerstein Katharina <katharina.feuerstein@rlb-oberinn.test>", "04-22 14:55",
        "AW: Fallstudie Treasury – Abgabe",
        """Sehr geehrter Herr Wimmer-Adeyemi,

danke für die fristgerechte Abgabe Ihrer Fallstudie. Das Fachteam hat sich Ihre Ausarbeitung zur Liquiditätsplanung genau angesehen.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Prozess nicht berücksichtigen werden. Ausschlaggebend war vor allem die Bewertung der Zinsrisikosteuerung (IRRBB), die für diese Position zentral ist.

Für Ihre weitere berufliche Zukunft alles Gute.

Freundliche Grüße

Mag. Katharina Feuerstein
Personalentwicklung & Recruiting
Raiffeisen Landesbank Oberinn eGen
Tel: +43 512 5305-4471
__________________________________
Diese Nachricht und allfällige angehängte Dokumente sind vertraulich und nur für den/die Adressaten bestimmt. Sollten Sie nicht der beabsichtigte Adressat sein, ist jede Offenlegung, Weiterleitung oder sonstige Verwendung dieser Information nicht gestattet.
""", quote=("outlook_de", JONAS, """Sehr geehrte Frau Mag. Feuerstein,

anbei meine Ausarbeitung zur Fallstudie (PDF und Excel-Datei).

Mit freundlichen Grüßen
Jonas Wimmer-Adeyemi""", 5), cs="windows-1252", cte="qp"),
    msg(R, "taleo_regret_en_in", "en", "Vardhan Infra Finance", "",
        "Vardhan Infra Finance <vardhaninfra@taleo.net>", "05-06 05:31",
        "Job Application Status - Req ID 2600419 - Manager, Financial Planning (Europe)",
        """Dear Jonas Wimmer-Adeyemi ,

Greetings from Vardhan Infra Finance !

We thank you for applying to the position of Manager , Financial Planning (Europe) . We regret to inform you that your profile has not been shortlisted for further process at this time.

We will retain your profile in our database and do revert in case of a suitable opening in future.

Wishing you all the very best in your career.

Regards ,
Talent Acquisition Team
Vardhan Infra Finance Ltd.

*** This is a system generated mail, please do not reply ***
""", fmt="html"),
    msg(R, "du_startup_absage", "de", "Fynbo", "lea@fynbo.test",
        "Lea Sommerauer <lea@fynbo.test>", "01-29 12:07",
        "Deine Bewerbung bei Fynbo",
        """Hey Jonas,

danke nochmal für das nette Gespräch letzte Woche und dass du dir die Zeit genommen hast!

Wir haben jetzt alle Gespräche durch und uns ehrlich gesagt schwer getan. Am Ende haben wir uns für jemanden entschieden, der schon in einem Fintech-Scale-up das Reporting aufgebaut hat – das war für uns in der aktuellen Phase der Ausschlag.

Ich hoffe, du nimmst das nicht persönlich, und wenn du Lust hast, bleib gern mit uns auf LinkedIn in Kontakt.

LG
Lea
Head of Finance @ Fynbo
"""),
    msg(R, "francais_formel", "fr", "Groupe Vellière", "",
        "Groupe Vellière - Recrutement <ne-pas-repondre@velliere-groupe.test>", "03-24 09:00",
        "Votre candidature au poste de Contrôleur de gestion industriel (H/F)",
        """Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe Vellière et de votre candidature au poste de Contrôleur de gestion industriel (H/F) basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Votre profil, bien qu'intéressant, ne correspond pas exactement aux besoins actuels du poste.

Nous conservons toutefois vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Vellière
""", cs="iso-8859-1", cte="qp"),
    msg(R, "espanol_rrhh", "es", "Grupo Almenara", "seleccion@grupoalmenara.test",
        "Selección Grupo Almenara <seleccion@grupoalmenara.test>", "06-17 13:26",
        "Proceso de selección – Analista FP&A (Madrid)",
        """Estimado Jonas:

Te agradecemos sinceramente el interés mostrado en formar parte de Grupo Almenara y el tiempo dedicado a las entrevistas con nuestro equipo.

Tras valorar todas las candidaturas, lamentamos comunicarte que en esta ocasión hemos decidido continuar el proceso con otros perfiles que se ajustan más a lo que buscamos para la posición.

Guardaremos tu CV en nuestra base de datos para futuros procesos, siempre que nos des tu consentimiento.

Un cordial saludo,

Marta Ibáñez Ruiz
Departamento de Selección
Grupo Almenara
Tel. +34 91 555 07 42
"""),
    msg(R, "lever_after_panel_en", "en", "Quayline", "ciaran.doyle@quayline.test",
        "Quayline <no-reply@hire.lever.co>", "07-09 17:40",
        "Quayline | Head of Finance Ops",
        """Hi Jonas,

I wanted to personally thank you for spending so much time with the Quayline team over the last few weeks. Everyone who met you really appreciated your thoughtfulness on the board pack exercise.

Unfortunately, after a lot of discussion we've decided to move forward with another candidate for the Head of Finance Ops role. This was a close call and not a reflection on the quality of your work.

I'd love to keep in touch as we grow the team in Dublin.

All the best,
Ciarán Doyle
Talent Partner, Quayline
""", fmt="alt", rt="Ciarán Doyle <ciaran.doyle@quayline.test>",
        ),
    msg(R, "kammer_oeffentlich", "de", "Wirtschaftskammer Salzach", "personal@wk-salzach.test",
        "Personal Wirtschaftskammer Salzach <personal@wk-salzach.test>", "05-28 15:09",
        "Ausschreibung Referent/in Budget und Controlling – Ergebnis",
        """Sehr geehrter Herr Wimmer-Adeyemi!

Wir bedanken uns für Ihre Bewerbung um die Stelle einer Referentin/eines Referenten für Budget und Controlling sowie für Ihre Teilnahme am Hearing am 19. Mai 2026.

Die Auswahlkommission hat sich nach eingehender Beratung für eine andere Bewerberin entschieden. Wir dürfen Ihnen daher mitteilen, dass wir Ihnen die Stelle nicht anbieten können.

Wir danken für das entgegengebrachte Vertrauen und verbleiben

mit freundlichen Grüßen
Für die Wirtschaftskammer Salzach
Mag. Dr. Herbert Wallner e.h.
Direktor-Stellvertreter
""", cs="iso-8859-1"),
    msg(R, "headhunter_blunt_ch", "de", "Rhyfeld Pharma", "t.kaelin@kaelin-executive.test",
        "Thomas Kälin <t.kaelin@kaelin-executive.test>", "08-04 08:12",
        "Rhyfeld",
        """Grüezi Herr Wimmer-Adeyemi

Kurze Rückmeldung: Rhyfeld Pharma geht mit Ihrem Dossier nicht weiter. Hauptgrund ist die fehlende Erfahrung mit Swiss GAAP FER und die Konzernkonsolidierung. Ich hätte mir anderes gewünscht.

Freundliche Grüsse
Thomas Kälin
Kälin Executive Search AG, Basel
+41 61 555 20 20
"""),
    msg(R, "smartrecruiters_cancelled", "en", "Solvia Foods", "",
        "Solvia Foods <noreply@smartrecruiters.com>", "06-25 10:02",
        "Regarding your application for ESG Reporting Lead",
        """Dear Jonas,

Thank you for applying for the ESG Reporting Lead position at Solvia Foods.

We want to let you know that, due to a change in business priorities, this position has been cancelled and we will not proceed with the recruitment. As a result, your application will be closed.

We truly appreciate your interest and hope you'll consider other opportunities with us in the future.

Sincerely,
Solvia Foods Recruiting
""", fmt="html", cte="qp"),
    msg(R, "uni_verwaltung", "de", "Universität Donaustadt", "berufungen-verwaltung@univie-donaustadt.test",
        "Personalabteilung Universität Donaustadt <berufungen-verwaltung@univie-donaustadt.test>", "09-08 12:30",
        "Ihre Bewerbung – Kennzahl 4711/26 (Controlling, Quästur)",
        """Sehr geehrter Herr Wimmer-Adeyemi,

bezugnehmend auf Ihre Bewerbung für die oben angeführte Stelle in der Quästur teilen wir Ihnen mit, dass die Wahl auf eine andere Person gefallen ist.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist gelöscht.

Mit freundlichen Grüßen
Für den Rektor
Dr. Ingrid Aschauer
Leiterin der Personalabteilung
Universität Donaustadt
Universitätsring 3, 1010 Wien
"""),
    msg(R, "big4_soft_de_recruiting", "de", "Kessler Brandt", "",
        "Kessler Brandt Karriere <karriere-noreply@kesslerbrandt.test>", "03-05 19:55",
        "Deine Bewerbung – Senior Consultant Finance Transformation (Ref. 26-DE-0881)",
        """Hallo Jonas,

vielen Dank für dein Interesse an Kessler Brandt und für deine Bewerbung als Senior Consultant Finance Transformation in München.

Wir haben deine Unterlagen mit großem Interesse gelesen. Leider müssen wir dir mitteilen, dass wir uns für Kandidat:innen entschieden haben, deren Erfahrungsprofil noch besser zu den aktuellen Projektanforderungen passt.

Bitte sieh dies nicht als Bewertung deiner Fähigkeiten. Wir würden uns freuen, wenn du unsere Karriereseite weiter im Blick behältst.

Viele Grüße
Dein Kessler Brandt Recruiting Team

Kessler Brandt GmbH Wirtschaftsprüfungsgesellschaft · Sitz München · Amtsgericht München HRB 220119
""", fmt="alt", cte="b64"),
    msg(R, "recruiter_mobile_en_au", "en", "Bellbird", "jess.h@southerncross-talent.test",
        "Jess Hartigan <jess.h@southerncross-talent.test>", "07-22 06:47",
        "Re: Bellbird",
        """Hey Jonas - just heard back from Bellbird, unfortunately they've gone with a local candidate for the Commercial Finance role, reckon the timezone thing was a big factor. Gutted, you were great in the interview. Will keep an eye out for more remote stuff for you!!

Cheers
Jess

Sent from my iPhone
""", quote=("apple", JONAS, """Hi Jess, any news from Bellbird? Thanks! Jonas""", 4)),
    msg(R, "teamtailor_ngo", "de", "Hilfswerk Morgenrot", "",
        "Hilfswerk Morgenrot <no-reply@mail.teamtailor.com>", "04-30 16:16",
        "Deine Bewerbung als Referent:in Finanzen & Förderabrechnung",
        """Hallo Jonas,

herzlichen Dank für deine Bewerbung bei Hilfswerk Morgenrot und für dein Engagement!

Wir haben sehr viele Bewerbungen für diese Stelle erhalten. Nach reiflicher Überlegung haben wir entschieden, den Prozess mit anderen Bewerber:innen fortzusetzen.

Wir wissen, wie viel Zeit und Herzblut in einer Bewerbung steckt, und danken dir dafür.

Alles Gute
Team Hilfswerk Morgenrot
""", fmt="html"),
    msg(R, "french_cabinet_relay", "fr", "Maison Derval", "c.lemaire@lemaire-conseil.test",
        "Claire Lemaire <c.lemaire@lemaire-conseil.test>", "08-27 18:21",
        "Retour Maison Derval",
        """Bonjour Jonas,

Je reviens vers vous suite à votre entretien avec Maison Derval. Malheureusement, ils ont choisi de poursuivre avec un autre candidat, dont l'expérience en consolidation IFRS dans le luxe a fait la différence.

Ils ont néanmoins apprécié votre présentation et votre niveau de français, qu'ils ont trouvé excellent.

Je reste à votre disposition et ne manquerai pas de revenir vers vous pour d'autres missions.

Bien cordialement,

Claire Lemaire
Associée – Lemaire Conseil
06 12 34 56 78
""", cs="windows-1252", cte="qp"),
    msg(R, "spanish_short_startup", "es", "Pagalia", "diego@pagalia.test",
        "Diego Ferrer <diego@pagalia.test>", "09-15 21:03",
        "Re: Finance Lead",
        """Hola Jonas,

Gracias por tu tiempo estos días. Al final hemos decidido no seguir adelante contigo para el puesto, buscamos a alguien con más experiencia en startups en fase seed. Suerte con todo!!

Un abrazo,
Diego
""", quote=("es", JONAS, """Hola Diego, ¿hay alguna novedad sobre el proceso? Saludos, Jonas""", 6)),
    msg(R, "dvinci_klinikum", "de", "Klinikum Isarauen", "",
        "Klinikum Isarauen <no-reply@dvinci-mail.test>", "02-19 08:45",
        "Ihre Bewerbung: Medizincontroller*in (DRG) – Rückmeldung",
        """Sehr geehrter Herr Wimmer-Adeyemi,

für Ihre Bewerbung als Medizincontroller*in (DRG) und das damit verbundene Interesse an unserem Klinikum danken wir Ihnen herzlich.

Bei der Vielzahl qualifizierter Bewerbungen fiel uns die Auswahl nicht leicht. Leider können wir Ihnen jedoch keine Zusage erteilen, da wir uns für Bewerber*innen mit klinischem Hintergrund entschieden haben.

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.

Klinikum Isarauen – Personalmanagement
Isarauenweg 1, 80939 München
""", fmt="alt", cs="iso-8859-1", cte="qp", hdr={"Auto-Submitted": "auto-generated"}),
    msg(R, "finnish_owned_en", "en", "Kaarna Paper", "mikko.virtanen@kaarna.test",
        "Mikko Virtanen <mikko.virtanen@kaarna.test>", "05-12 13:58",
        "Controller position",
        """Hello Jonas,

Thank you for the discussion on Tuesday. We have now made our decision and unfortunately we will not continue with you in the process. We chose a candidate who has experience from pulp industry and knows our ERP already.

I wish you success in your job search.

Best regards,
Mikko Virtanen
Finance Director, Central Europe
Kaarna Paper Oyj
+358 40 555 1234
"""),
    msg(R, "rexx_versicherung_sehr_kurz", "de", "Alpina Versicherung", "",
        "Alpina Versicherung AG <noreply@rexx-recruitment.test>", "06-09 10:40",
        "Absage",
        """Sehr geehrter Herr Wimmer-Adeyemi,

leider können wir Ihre Bewerbung als Risikocontroller (w/m/d) nicht berücksichtigen.

Mit freundlichen Grüßen
Alpina Versicherung AG
Personalmanagement
""", cte="8bit"),
    msg(R, "linz_industrie_nach_ac", "de", "Trauntal Anlagenbau", "petra.huemer@trauntal-anlagenbau.test",
        "Huemer Petra <petra.huemer@trauntal-anlagenbau.test>", "07-01 17:12",
        "Assessment-Center 24.06. – Ihr Ergebnis",
        """Sehr geehrter Herr Wimmer-Adeyemi,

herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center am 24. Juni in Linz und Ihr Engagement in den Übungen.

Nach gemeinsamer Auswertung mit der Fachabteilung müssen wir Ihnen heute leider eine Absage erteilen. Im Vergleich waren andere Teilnehmer in den Bereichen Präsentation und Gruppenübung stärker. Gerne biete ich Ihnen ein kurzes telefonisches Feedback an – melden Sie sich einfach bei mir.

Mit besten Grüßen

Petra Huemer
HR Business Partner
Trauntal Anlagenbau GmbH
T +43 732 7070 318 | M +43 664 80 70 318
[Logo Trauntal Anlagenbau – Engineering since 1921]
""", fmt="alt", cs="windows-1252"),
    msg(R, "korean_owned_en", "en", "Hanbit Battery Europe", "",
        "Hanbit Battery Europe HR <hr.noreply@hanbit-battery.test>", "08-18 03:15",
        "[Hanbit Battery Europe] Result of Document Screening",
        """Dear Mr. Jonas Wimmer-Adeyemi,

We sincerely appreciate your application to the Cost Controller position at Hanbit Battery Europe (Hungary, Budapest plant).

We regret to inform you that you did not pass the document screening stage of this recruitment. We had many excellent applicants, and it was difficult decision.

Thank you again for your interest in Hanbit Battery Europe, and we wish you best of luck.

Hanbit Battery Europe Kft.
Human Resources Team
※ This mail is send-only. Reply is not possible.
""", fmt="html", cte="b64"),
    msg(R, "forwarded_rejection_fr_es", "es", "Energías del Tajo", "laura.gil@energiasdeltajo.test",
        "Laura Gil <laura.gil@energiasdeltajo.test>", "09-29 11:11",
        "Candidatura – Controller de Tesorería",
        """Buenos días, Jonas:

Te escribo en relación con tu candidatura para el puesto de Controller de Tesorería en Energías del Tajo.

Queremos agradecerte el interés y el tiempo que has dedicado a la prueba de Excel. No obstante, tras analizar los resultados, hemos decidido no avanzar con tu candidatura en esta ocasión.

Te deseamos mucho éxito en tu búsqueda.

Saludos cordiales,
Laura Gil
Talento y Cultura | Energías del Tajo
"""),
    msg(R, "oracle_cloud_bank_fr", "fr", "Banque Mosellane", "",
        "Banque Mosellane <bm-recrutement@fa.em2.oraclecloud.com>", "10-06 14:14",
        "Banque Mosellane : suite donnée à votre candidature",
        """Bonjour Jonas,

Merci pour votre candidature au poste d'Analyste Contrôle Financier (Luxembourg).

Nous avons le regret de vous annoncer que votre candidature n'a pas été retenue pour la suite du processus. Le poste a été pourvu en interne.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent Acquisition
Banque Mosellane S.A.
Ce message est généré automatiquement, merci de ne pas y répondre.
""", fmt="alt", cte="qp"),
]
