"""Rejections of the 82nd corpus (data only)."""

from msgs82_spec import M

R = "rejection"

MESSAGES = [
    M(R, "workday_absage_pharma", "de", "Helvion Pharma", "",
      "Helvion Pharma <helvion@myworkday.com>",
      "Ihre Bewerbung als Regulatory Affairs Manager (m/w/d) – R-004512", "2026-02-03T07:41+01:00",
      """Guten Tag Frau Lindqvist-Mensah

Vielen Dank für Ihr Interesse an Helvion Pharma und die Zeit, die Sie in Ihre Bewerbung für die Position Regulatory Affairs Manager (m/w/d) investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Freundliche Grüsse
Talent Acquisition Team
Helvion Pharma AG, Basel

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""", fmt="alt", logo="Helvion Pharma"),

    M(R, "terse_hm_mobile_de", "de", "Kardiotec", "m.brunner@kardiotec.example.com",
      "Markus Brunner <m.brunner@kardiotec.example.com>", "AW: Gespräch QM-Leitung",
      "2026-02-11T21:14+01:00",
      """Hallo Frau Lindqvist-Mensah,

danke nochmal fürs Gespräch letzte woche. Wir haben uns intern für einen Kandidaten entschieden der schon Erfahrung mit MDR-Audits als Lead hat. Sorry dass es so lange gedauert hat.

Gruss
Markus Brunner

Von meinem iPhone gesendet
""", quote=[("de", "05.02.2026 um 17:30", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Sehr geehrter Herr Brunner\n\nich wollte mich kurz nach dem Stand erkundigen.\n\nFreundliche Grüsse\nDorothea Lindqvist-Mensah")]),

    M(R, "successfactors_absage_kantonsspital", "de", "Kantonsspital Aarau-West", "",
      "Kantonsspital Aarau-West <noreply@successfactors.eu>",
      "Ihre Bewerbung: Fachspezialist/in Qualitätsmanagement 80-100%", "2026-01-27T10:02+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit im Kantonsspital Aarau-West.

Nach eingehender Prüfung aller Bewerbungen haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Dieser Entscheid ist keine Wertung Ihrer Person oder Ihrer Qualifikationen.

Ihre Bewerbungsunterlagen werden gemäss Datenschutzbestimmungen nach 6 Monaten gelöscht.

Freundliche Grüsse

Kantonsspital Aarau-West
Human Resources
Tellstrasse 40, 5001 Aarau
""", fmt="latin1"),

    M(R, "agency_relay_de_du", "de", "Novamed Diagnostics", "lea.wyss@bergmann-partner.example.ch",
      "Lea Wyss <lea.wyss@bergmann-partner.example.ch>", "Feedback Novamed",
      "2026-03-04T16:48+01:00",
      """Hoi Dorothea

Ich hab heute endlich Rückmeldung von Novamed Diagnostics bekommen – leider keine gute :( Sie haben sich für eine interne Kandidatin entschieden, die das Team schon kennt. Dein Profil fanden sie aber wirklich stark, v.a. die IVDR-Erfahrung.

Lass den Kopf nicht hängen, ich hab schon zwei andere Mandate im Kopf wo du gut passen würdest. Kann ich dich morgen kurz anrufen?

LG
Lea

Lea Wyss
Senior Consultant Life Sciences
Bergmann & Partner Executive Search
Löwenstrasse 12, 8001 Zürich
T +41 44 555 01 23 | M +41 79 555 44 21
"""),

    M(R, "stelle_besetzt_behoerde", "de", "Landratsamt Rosenheim-Land", "bewerbung@lra-rosenheimland.example.de",
      "Landratsamt Rosenheim-Land Personalstelle <bewerbung@lra-rosenheimland.example.de>",
      "Ihre Bewerbung um die Stelle Sachbearbeitung Lebensmittelüberwachung (Kennziffer 2026/14)",
      "2026-03-19T11:20+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

wir bedanken uns für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit beim Landratsamt Rosenheim-Land.

Das Auswahlverfahren ist zwischenzeitlich abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass die Stelle anderweitig besetzt wurde.

Ihre Bewerbungsunterlagen senden wir Ihnen nicht zurück; diese werden nach Ablauf der Frist nach dem AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
i.A. Huber
Sachgebiet 12 – Personal
Landratsamt Rosenheim-Land
Tel. 08031 392-1204
""", fmt="qp"),

    M(R, "personio_absage_startup", "de", "Taktwerk Health", "jobs@taktwerk-health.example.com",
      "Taktwerk Health <jobs@taktwerk-health.example.com>", "Deine Bewerbung bei Taktwerk Health",
      "2026-04-02T09:15+02:00",
      """Hi Dorothea,

danke, dass du dich bei uns als Quality & Compliance Lead beworben hast!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für jemanden entschieden, der schon ISO 13485-Zertifizierungen in einem Startup von null aufgebaut hat. Die Entscheidung ist uns echt nicht leicht gefallen.

Wir würden uns freuen, wenn du uns im Blick behältst – wir wachsen und es kommen sicher neue Rollen.

Alles Gute
Jana & das Taktwerk-Team

Taktwerk Health GmbH · Torstraße 118 · 10119 Berlin
Powered by Personio
""", fmt="html", logo="Taktwerk Health"),

    M(R, "nach_assessment_center", "de", "Medivera Versicherungen", "sabine.keller@medivera-vers.example.ch",
      "Keller Sabine <sabine.keller@medivera-vers.example.ch>", "Assessment vom 12. März",
      "2026-03-17T14:03+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Nochmals herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center vom 12. März sowie für die engagierte Präsentation Ihrer Fallstudie.

Nach Abschluss aller Assessments und intensiver Diskussion im Gremium haben wir uns entschieden, den Prozess mit einer anderen Kandidatin weiterzuführen. Ausschlaggebend war letztlich die vertiefte Erfahrung im Bereich Leistungs- und Tarifmanagement, die für diese Funktion zentral ist.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback, wenn Sie dies wünschen.

Freundliche Grüsse

Sabine Keller
HR Business Partner
Medivera Versicherungen
Direkt +41 58 555 62 10

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.
"""),

    M(R, "stelle_gestrichen_at", "de", "Alpenlab Biotech", "recruiting@alpenlab.example.at",
      "Alpenlab Biotech Recruiting <recruiting@alpenlab.example.at>",
      "Update zu Ihrer Bewerbung – Clinical Operations Manager", "2026-05-06T08:32+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

wir möchten Sie darüber informieren, dass die ausgeschriebene Position Clinical Operations Manager in Innsbruck aufgrund einer internen Umstrukturierung bis auf Weiteres nicht nachbesetzt wird. Das Recruiting für diese Stelle wurde daher eingestellt und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir bedauern dies sehr, da uns Ihr Profil gut gefallen hat.

Mit besten Grüßen
Mag. Theresa Pichler
People & Culture
Alpenlab Biotech GmbH
Technikerstraße 21a, 6020 Innsbruck
""", fmt="cp1252"),

    M(R, "rexx_kurzabsage", "de", "Rheintal Klinikum", "",
      "Rheintal Klinikum <no-reply@rexx-recruitment.com>", "Absage", "2026-06-01T18:00+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Referentin Qualitätsmanagement nicht berücksichtigen können.

Mit freundlichen Grüßen
Ihr Rheintal Klinikum
"""),

    M(R, "nach_zweitgespraech_gl", "de", "Medalp Instruments", "c.amrein@medalp.example.ch",
      "Christoph Amrein <c.amrein@medalp.example.ch>", "Re: Gespräch mit der Geschäftsleitung",
      "2026-06-09T17:55+02:00",
      """Liebe Frau Lindqvist-Mensah

Vielen Dank für das offene Gespräch mit Herrn Hofer und mir. Wir haben lange überlegt. Am Ende haben wir uns für eine Person entschieden, die bereits in einer vergleichbaren Funktion bei einem Hersteller von Klasse-III-Produkten tätig war – das war in der jetzigen Phase für uns entscheidend.

Ich bedaure das, weil wir Sie menschlich und fachlich als sehr überzeugend erlebt haben, und würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüsse
Christoph Amrein
CEO
Medalp Instruments AG | Zug
""", quote=[("outlook_de", "Montag, 1. Juni 2026 08:12", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Sehr geehrter Herr Amrein\n\nHerzlichen Dank für die Einladung, ich freue mich auf das Gespräch am Donnerstag.\n\nFreundliche Grüsse\nD. Lindqvist-Mensah")]),

    M(R, "softgarden_absage_cro", "de", "Clinresearch Europe", "",
      "Clinresearch Europe via softgarden <noreply@softgarden.io>",
      "Ihre Bewerbung bei Clinresearch Europe", "2026-04-21T12:44+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

herzlichen Dank für Ihre Bewerbung als Clinical Research Associate (w/m/d) in Frankfurt am Main.

Leider müssen wir Ihnen heute mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können. Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, Ihnen ein individuelles Feedback zu geben.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen auf Ihrem weiteren Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Clinresearch Europe GmbH
""", fmt="html", logo="Clinresearch Europe"),

    M(R, "absage_nach_fallstudie_beratung", "de", "Lorentz Regulatory Consulting", "f.lorentz@lorentz-rc.example.de",
      "Dr. Friederike Lorentz <f.lorentz@lorentz-rc.example.de>", "Ihre Fallstudie",
      "2026-07-08T10:10+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

vielen Dank für die Ausarbeitung der Fallstudie zur Zulassungsstrategie, die Sie uns fristgerecht eingereicht haben.

Wir haben Ihre Lösung im Team besprochen. Leider passt Ihr Ansatz nicht ganz zu der Arbeitsweise, die wir bei unseren Mandanten brauchen, und wir werden den Prozess mit Ihnen daher nicht fortsetzen.

Für Ihre weitere Suche wünsche ich Ihnen viel Erfolg.

Beste Grüße
Friederike Lorentz
Geschäftsführerin
Lorentz Regulatory Consulting GmbH · Maximilianstraße 4 · 80539 München
"""),

    M(R, "absage_uni_fh", "de", "Fachhochschule Jura-Rhein", "",
      "Personaldienst <no_reply@umantis.fh-jurarhein.example.ch>",
      "Ihre Bewerbung - Wissenschaftliche/r Mitarbeiter/in Regulatory Science 60%", "2026-08-14T15:30+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Fachhochschule Jura-Rhein.

Wir haben sehr viele qualifizierte Bewerbungen erhalten. Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht in die engere Auswahl einbeziehen konnten.

Wir bitten Sie um Verständnis und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse
Personaldienst
Fachhochschule Jura-Rhein
""", fmt="b64"),

    M(R, "headhunter_absage_kurz_sie", "de", "Ostwald Medizintechnik", "peter.ries@ries-consulting.example.de",
      "Peter Ries <peter.ries@ries-consulting.example.de>", "Ostwald - Rückmeldung",
      "2026-09-02T19:41+02:00",
      """Liebe Frau Lindqvist-Mensah,

kurz und leider nicht erfreulich: Ostwald Medizintechnik hat sich gegen eine Einladung zum Zweitgespräch entschieden. Begründung laut Kunde: man sucht doch eher jemanden mit Schwerpunkt Post-Market Surveillance.

Ich melde mich, sobald ich etwas Passenderes habe.

Viele Grüße aus Frankfurt
Peter Ries
Ries Consulting – Executive Search Healthcare
+49 69 555 8812
"""),

    M(R, "absage_mit_zitatkette_de", "de", "BioCampus Wien", "karin.moser@biocampus-wien.example.at",
      "Moser Karin <karin.moser@biocampus-wien.example.at>", "AW: AW: Bewerbung Quality Assurance Specialist",
      "2026-09-22T11:05+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

danke für Ihre Geduld. Leider haben wir uns nach dem Fachgespräch für einen anderen Bewerber entschieden.

Freundliche Grüße
Karin Moser
""", quote=[("outlook_de", "Dienstag, 15. September 2026 09:40", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Sehr geehrte Frau Moser,\n\ngibt es schon Neuigkeiten zu meiner Bewerbung?\n\nViele Grüße\nDorothea Lindqvist-Mensah"),
            ("outlook_de", "Freitag, 4. September 2026 16:02", "Moser Karin <karin.moser@biocampus-wien.example.at>",
             "Liebe Frau Lindqvist-Mensah,\n\nvielen Dank für das angenehme Fachgespräch. Wir melden uns bis Mitte September.\n\nFreundliche Grüße\nKarin Moser\nBioCampus Wien GmbH | Human Resources")]),

    # English
    M(R, "greenhouse_soft_en", "en", "Vireo Therapeutics", "",
      "Vireo Therapeutics <no-reply@us.greenhouse-mail.io>",
      "Thank you for your interest in Vireo Therapeutics", "2026-01-22T23:12+01:00",
      """Hi Dorothea,

Thank you for taking the time to apply for the Senior Manager, Regulatory Affairs (EU) role at Vireo Therapeutics. We truly appreciate your interest.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your information on file and may reach out if a future opening is a fit. We wish you the best in your search.

Best,
The Vireo Talent Team
""", fmt="alt", logo="Vireo Therapeutics"),

    M(R, "uk_shant_progress", "en", "Pemberton Clinical", "j.ashworth@pembertonclinical.example.co.uk",
      "James Ashworth <j.ashworth@pembertonclinical.example.co.uk>", "Your application",
      "2026-02-18T13:37+00:00",
      """Dear Dorothea,

Many thanks for your application for the Pharmacovigilance Lead position and for taking the time to speak with Rachel last week.

I'm afraid on this occasion we shan't be progressing your application further. It was a strong field and the panel felt other applicants had more hands-on QPPV deputy experience.

Kind regards,

James Ashworth
Head of Talent
Pemberton Clinical Ltd
Registered in England and Wales No. 08812345. Registered office: 3 Hills Road, Cambridge CB2 1XX.
"""),

    M(R, "indian_regret_inform", "en", "Sarvant Lifesciences", "hr.europe@sarvantls.example.in",
      "HR Europe - Sarvant Lifesciences <hr.europe@sarvantls.example.in>",
      "Regarding your candidature - QA Manager, Basel", "2026-03-10T06:22+01:00",
      """Dear Ms. Dorothea,

Greetings from Sarvant Lifesciences!

This is with reference to your candidature for the position of QA Manager (Basel site). We regret to inform you that your profile has not been shortlisted for the next round of the selection process.

We thank you for the interest shown in our organisation and shall keep your resume in our databank for future requirements. Kindly do revert in case of any queries.

With warm regards,
Priya Raghunathan
Talent Acquisition - Europe
Sarvant Lifesciences Ltd.
"""),

    M(R, "one_liner_hm", "en", "Quorum Bio", "tom@quorumbio.example.com",
      "Tom Keller <tom@quorumbio.example.com>", "Re: Quick question", "2026-04-14T20:08-04:00",
      """Thanks for your time, but we won't be moving forward. Best of luck!

Tom

Sent from my iPhone
""", quote=[("gmail", "Tue, Apr 14, 2026 at 9:02 AM", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Hi Tom,\njust checking in on the Clin Ops role - any news after last week's call?\nThanks, Dorothea")]),

    M(R, "lever_after_takehome", "en", "Northwind Diagnostics", "",
      "Northwind Diagnostics <no-reply@hire.lever.co>", "Following up", "2026-05-12T17:30+02:00",
      """Hi Dorothea,

Thanks again for completing the written exercise for the Quality Systems Manager role. The team appreciated the effort you put into it.

Unfortunately, after reviewing all submissions we have decided not to move your candidacy forward to the final round. We know this isn't the news you were hoping for.

Wishing you all the best,
Northwind Diagnostics Recruiting
"""),

    M(R, "role_on_hold_en", "en", "Danova Medical", "mette.holm@danova.example.dk",
      "Mette Holm <mette.holm@danova.example.dk>", "Update", "2026-06-17T10:45+02:00",
      """Dear Dorothea

I wanted to let you know personally that the Market Access Manager DACH position has been put on hold following our budget review, and we will not proceed with the recruitment this year. I'm sorry to bring this news after you invested time in two interviews with us.

If the role reopens in 2027 I will reach out to you first.

Best regards
Mette Holm
Senior Talent Partner
Danova Medical A/S | Copenhagen
"""),

    M(R, "taleo_japanese_owned", "en", "Kaneshiro Pharma Europe", "",
      "Kaneshiro Pharma Careers <careers-noreply@taleo.net>",
      "Kaneshiro Pharma Europe - Application Status", "2026-07-01T03:15+02:00",
      """Dear Dorothea Lindqvist-Mensah,

Thank you for your interest in the position Manager Pharmacovigilance Operations (Job Number: 2600213) at Kaneshiro Pharma Europe.

We have carefully reviewed your qualifications and regret to inform you that we will not be considering your application further for this position.

We appreciate your interest in Kaneshiro and encourage you to review other open positions on our career site.

Sincerely,
Human Resources
Kaneshiro Pharma Europe B.V.

*** This is an automated message. Replies to this mailbox are not monitored. ***
"""),

    M(R, "aus_after_panel", "en", "Coralbay Health", "nicole.brennan@coralbay.example.com.au",
      "Nicole Brennan <nicole.brennan@coralbay.example.com.au>", "Clinical Quality Lead - outcome",
      "2026-08-05T09:02+10:00",
      """Hi Dorothea,

Thanks heaps for making the time for the panel interview on Monday, especially given the time difference.

Unfortunately you weren't successful on this occasion - the panel went with a candidate who's based locally and can start straight away. Happy to have a chat about feedback if that'd be useful.

Cheers,
Nicole

Nicole Brennan | Talent Acquisition | Coralbay Health
"""),

    M(R, "smartrecruiters_position_filled", "en", "Meridian CDMO", "",
      "Meridian CDMO <noreply@smartrecruiters.com>",
      "Your application for Senior QA Specialist - Batch Release", "2026-09-09T14:50+02:00",
      """Dear Dorothea,

Thank you for applying to Meridian CDMO. We wanted to let you know that the position Senior QA Specialist - Batch Release has now been filled.

We really appreciate the time you took to apply and hope you will consider us again in the future.

Kind regards,
Meridian CDMO Talent Acquisition
""", fmt="html", logo="Meridian CDMO"),

    # French
    M(R, "refus_formel_fr", "fr", "Laboratoires Vernand", "",
      "Laboratoires Vernand <recrutement-noreply@vernand.example.fr>",
      "Votre candidature – Responsable Assurance Qualité (H/F)", "2026-03-25T09:30+01:00",
      """Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vernand et de votre candidature au poste de Responsable Assurance Qualité basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Votre profil, bien qu'intéressant, ne correspond pas tout à fait à nos besoins actuels.

Nous conservons toutefois vos coordonnées et nous nous permettrons de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Laboratoires Vernand
""", fmt="latin1"),

    M(R, "refus_apres_entretien_ch_fr", "fr", "Clinique des Alpes Vaudoises", "n.perret@cav.example.ch",
      "Nathalie Perret <n.perret@cav.example.ch>", "Suite à notre entretien",
      "2026-05-20T16:12+02:00",
      """Chère Madame Lindqvist-Mensah,

Je vous remercie encore pour l'entretien de la semaine dernière. Nous avons pris le temps de rencontrer plusieurs personnes et avons finalement retenu une candidate dont l'expérience en gestion des risques cliniques correspond davantage au poste.

Je sais que cette nouvelle est décevante et je vous souhaite plein succès pour la suite.

Meilleures salutations

Nathalie Perret
Responsable RH
Clinique des Alpes Vaudoises
Tél. +41 21 555 30 40
"""),

    M(R, "refus_poste_annule_fr", "fr", "Genomix", "camille@genomix.example.fr",
      "Camille Roux <camille@genomix.example.fr>", "Re: Candidature Compliance Officer",
      "2026-07-15T11:48+02:00",
      """Bonjour Dorothea,

Petit message pour te dire que malheureusement le poste de Compliance Officer a été gelé suite à la dernière levée de fonds qui a pris du retard. On ne va donc pas donner suite pour l'instant, désolée !

Je garde ton CV sous le coude.

Belle journée,
Camille
""", quote=[("fr", "lun. 6 juil. 2026 à 10:14", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Bonjour Camille,\nMerci pour l'échange de la semaine dernière. Avez-vous des nouvelles ?\nBien à vous,\nDorothea")]),

    # Spanish
    M(R, "rechazo_formal_es", "es", "Laboratorios Ibercal", "",
      "Laboratorios Ibercal <empleo-noreply@ibercal.example.es>",
      "Proceso de selección – Técnico/a de Farmacovigilancia", "2026-04-08T12:00+02:00",
      """Estimada Dorothea:

Le agradecemos sinceramente el interés mostrado en formar parte de Laboratorios Ibercal y el tiempo dedicado a participar en nuestro proceso de selección.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Hemos optado por perfiles que se ajustan más a los requisitos del puesto.

Conservaremos sus datos para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Laboratorios Ibercal, S.A.
""", fmt="qp"),

    M(R, "rechazo_informal_es", "es", "Saludata", "marta.gil@saludata.example.com",
      "Marta Gil <marta.gil@saludata.example.com>", "RE: Entrevista Quality Manager",
      "2026-06-24T18:22+02:00",
      """Hola Dorothea!

Gracias por la entrevista del martes, de verdad. Al final nos hemos decantado por otra persona con más experiencia en auditorías FDA, así que no seguiremos adelante con tu candidatura.

Mucha suerte con la búsqueda, seguro que encuentras algo pronto.

Un abrazo,
Marta
Saludata | People
""", quote=[("es", "mar, 16 jun 2026 a las 9:30", "Dorothea Lindqvist-Mensah (<dorothea.lm@example.ch>)",
             "Hola Marta,\nmuchas gracias por la oportunidad. Quedo a la espera.\nSaludos,\nDorothea")]),

    M(R, "rechazo_agencia_es", "es", "Biofarma Levante", "jorge.sanz@talentia-rrhh.example.es",
      "Jorge Sanz <jorge.sanz@talentia-rrhh.example.es>", "Actualización candidatura Biofarma Levante",
      "2026-10-06T10:40+02:00",
      """Buenos días Dorothea,

Te escribo para darte feedback del proceso con Biofarma Levante. El cliente ha revisado las candidaturas finalistas y, lamentablemente, ha decidido no continuar con tu perfil; buscan a alguien con un nivel de español nativo para la interlocución con la AEMPS.

Te agradezco mucho tu disponibilidad durante todo el proceso y te tendré en cuenta para otras posiciones.

Un saludo,
Jorge Sanz
Consultor Senior – Life Sciences
Talentia RRHH
+34 91 555 23 88
"""),
]
