"""Corpus 355: rejections of every shade (hand-written)."""

from __future__ import annotations

from msgs355_common import Spec, m

R = "rejection"

MESSAGES: list[Spec] = [
    # ================= German =================
    m("weserlabor_rej", R, "de", "Zahntechnik Weserlabor",
      "Hauke Rennecke <h.rennecke@weserlabor.example.de>",
      "AW: Vielen Dank für das Gespräch",
      "2026-02-19 17:45 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

herzlichen Dank für Ihre nette Nachricht und nochmals für das angenehme Gespräch bei uns im Labor.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende haben wir uns aber für einen Bewerber entschieden, der bereits mehrere Jahre in einem Dentallabor die Auftragssteuerung verantwortet hat. Das war für uns in der aktuellen Umbauphase ausschlaggebend.

Ich wünsche Ihnen für Ihren weiteren Weg alles Gute – und falls Sie einmal wieder an ein Labor denken, melden Sie sich gern.

Mit freundlichen Grüßen
Hauke Rennecke
Geschäftsführer
Zahntechnik Weserlabor GmbH · Malerstraße 23 · 28207 Bremen
""", parent="weserlabor_own_thanks", quote="gt", cs="windows-1252", cte="quoted-printable"),

    m("medidepot_rej", R, "de", "MediDepot Nord",
      "MediDepot Nord Karriere <medidepot@myworkday.com>",
      "Ihre Bewerbung bei MediDepot Nord – R-20418",
      "2026-03-13 06:30 +0000", """
Guten Tag Annelie Brockmann-Uzor,

vielen Dank für Ihr Interesse an MediDepot Nord und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung haben wir uns entschieden, das Verfahren mit anderen Kandidatinnen und Kandidaten fortzusetzen, deren Profil den Anforderungen der Position noch näher kommt.

Wir würden Ihre Daten gern für künftige Vakanzen in unserem Talentpool speichern. Ihre Zustimmung können Sie im Kandidatenportal erteilen.

Freundliche Grüße
MediDepot Nord – Talent Acquisition
""", sys=True, html="alt", look="ats", brand="MediDepot Nord"),

    m("linden_rej", R, "de", "MVZ am Klinikum Linden",
      "Renate Pfeiffer <renate.pfeiffer@klinikum-linden.example.de>",
      "Leitung Patientenmanagement Ambulanz – Aussetzung des Auswahlverfahrens",
      "2026-04-16 12:55 +0200", """
Sehr geehrte Frau Brockmann-Uzor,

wie Sie vielleicht der Presse entnommen haben, wird die Struktur der ambulanten Versorgung am Klinikum Linden derzeit neu geordnet. Die Geschäftsführung hat deshalb entschieden, das Auswahlverfahren für die Leitung Patientenmanagement Ambulanz bis auf Weiteres auszusetzen. Einen Ersatztermin für den Auswahltag wird es daher nicht geben.

Wir bedauern sehr, Ihnen keine positivere Nachricht geben zu können, und bedanken uns für Ihr Interesse. Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Renate Pfeiffer
Personalservice MVZ am Klinikum Linden
""", parent="linden_cancel", cs="windows-1252", cte="8bit", html="alt", look="outlook"),

    m("praxident_rej", R, "de", "Praxident",
      "Praxident Talent Team <no-reply@ashbyhq.com>",
      "Update zu deiner Bewerbung bei Praxident",
      "2026-04-02 09:15 +0200", """
Hi Annelie,

danke für deine Geduld! Nachdem wir keinen neuen Termin für das Interview finden konnten, haben wir den Prozess für die Rolle als Customer Success Managerin inzwischen mit anderen Kandidat:innen abgeschlossen. Wir werden deine Bewerbung deshalb nicht weiter berücksichtigen.

Wir wünschen dir alles Gute bei der Suche und würden uns freuen, wenn du dir künftige Stellen bei uns ansiehst.

Viele Grüße
Dein Praxident Talent Team
""", sys=True, html="only", look="ats", brand="Praxident"),

    m("vitalis_hollmann_rej", R, "de", "Zahnarztpraxis Dr. Hollmann",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "Rückmeldung Dr. Hollmann",
      "2026-04-08 14:03 +0200", """
Hallo Frau Brockmann-Uzor,

ich habe heute mit Dr. Hollmann gesprochen. Sie fand das Gespräch sehr angenehm und lobte Ihre Abrechnungskenntnisse, hat sich aber letztlich für eine Kandidatin entschieden, die schon einmal eine Praxis in Findorff geleitet hat und sofort anfangen kann.

Das ist schade, aber ich bleibe dran! Ich habe schon zwei weitere Anfragen im Blick und melde mich nächste Woche.

Viele Grüße
Melanie Oltmanns
Vitalis Personal · T 0421 555 81 20
""", parent="vitalis_hollmann_resched", cte="quoted-printable"),

    m("rheinknie_rej", R, "de", "Zahnzentrum Rheinknie",
      "Corinne Spälti <c.spaelti@rheinknie-zahnzentrum.example.ch>",
      "Ihre Bewerbung als Praxisadministratorin",
      "2026-05-04 11:26 +0200", """
Guten Tag Frau Brockmann-Uzor

Herzlichen Dank für das gute Gespräch vom 28. April.

Wir müssen Ihnen leider mitteilen, dass wir die Stelle intern besetzen konnten: Eine langjährige Mitarbeiterin aus unserer Dentalhygiene hat sich kurzfristig für die Aufgabe interessiert, und wir haben uns für diese interne Lösung entschieden.

Wir danken Ihnen für Ihr Interesse an unserem Zahnzentrum und wünschen Ihnen viel Erfolg.

Freundliche Grüsse
Corinne Spälti
Leitung Administration, Zahnzentrum Rheinknie
""", parent="rheinknie_resched", html="alt", name_enc=("utf-8", "B")),

    m("helvemed_rej_de", R, "de", "Helvemed",
      "Reto Baumgartner <reto.baumgartner@helvemed.example.ch>",
      "Helvemed – Ihre Bewerbung als Teamleiterin Innendienst",
      "2026-07-10 15:48 +0200", """
Guten Tag Frau Brockmann-Uzor

Nochmals vielen Dank für Ihren Besuch in Basel und das offene Gespräch mit Frau Roth und mir.

Nach Abschluss aller Interviews haben wir uns für eine Kandidatin entschieden, die bereits Führungserfahrung im Schweizer Dentalhandel mitbringt und mit den hiesigen Abrechnungssystemen vertraut ist. Wir müssen Ihnen daher leider absagen.

Ihre Reisekosten wurden Ihnen inzwischen überwiesen. Wir wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse
Reto Baumgartner
HR Business Partner
Helvemed AG · Hochbergerstrasse 60 · 4057 Basel

Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt.
""", html="alt", look="outlook", cs="iso-8859-1", cte="quoted-printable"),

    m("hansa_rej", R, "de", "Dentaltechnik Hansa",
      "Dentaltechnik Hansa <no-reply@teamtailor-mail.com>",
      "Deine Bewerbung bei Dentaltechnik Hansa",
      "2026-05-08 10:02 +0200", """
Hallo Annelie,

vielen Dank für dein Interesse an der Stelle als Office Managerin bei Dentaltechnik Hansa.

Leider müssen wir dir mitteilen, dass wir uns entschieden haben, nicht mit deiner Bewerbung weiterzumachen. Wir wünschen dir viel Erfolg für deinen weiteren Weg.

Beste Grüße
Das Team von Dentaltechnik Hansa
""", sys=True, html="only", look="ats", brand="Dentaltechnik Hansa"),

    m("bremen_dentaris_rej", R, "de", "Dentaris Zahnkliniken",
      "Dentaris Zahnkliniken Recruiting <dentaris-recruiting@personio.de>",
      "Ihre Bewerbung als Stellv. Klinikleitung – Bremen-Schwachhausen",
      "2026-06-05 13:37 +0200", """
Hallo Frau Brockmann-Uzor,

vielen Dank nochmals für Ihr Interesse an der Position als Stellvertretende Klinikleitung in Bremen-Schwachhausen.

Wir möchten Sie darüber informieren, dass die Position zwischenzeitlich besetzt wurde. Wir werden Ihre Bewerbung für diesen Standort daher nicht weiter berücksichtigen. Ihre weiteren Bewerbungen bei Dentaris sind davon nicht betroffen.

Herzliche Grüße
Ihr Recruiting-Team der Dentaris Zahnkliniken
""", sys=True, html="alt", look="ats", brand="Dentaris Zahnkliniken"),

    m("aegi_rej", R, "de", "Zahnmedizin am Aegi",
      "Dr. Felix Brandstätter <f.brandstaetter@zahnmedizin-aegi.example.de>",
      "Nach unserem Gespräch",
      "2026-09-15 19:54 +0200", """
Liebe Frau Brockmann-Uzor,

meine Frau und ich haben lange überlegt. Sie haben uns fachlich und menschlich sehr gut gefallen. Wir haben aber gemerkt, dass wir für unsere kleine Praxis eher eine Person brauchen, die auch noch am Stuhl assistiert, und keine reine Managementstelle. Wir werden die Stelle deshalb so nicht besetzen und können Ihnen leider keine Zusage geben.

Es tut uns leid, Ihnen keine bessere Nachricht zu schicken. Alles Gute für Ihre Zukunft!

Herzliche Grüße
Felix und Maren Brandstätter
""", parent="aegi_invite", cs="windows-1252", cte="8bit"),

    m("eversten_rej", R, "de", "MVZ Zahnmedizin Eversten",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "AW: Entschuldigung wegen heute",
      "2026-05-15 09:11 +0200", """
Hallo Frau Brockmann-Uzor,

danke für Ihre Erklärung, das mit dem Zugausfall und dem leeren Akku kann natürlich passieren. Ich habe es dem MVZ Zahnmedizin Eversten so weitergegeben.

Leider möchte der Kunde das Gespräch nicht nachholen; die Geschäftsführung hat sich inzwischen für eine andere Kandidatin entschieden. Das tut mir wirklich leid.

Ich melde mich, sobald ich etwas Neues für Sie habe.

Viele Grüße
Melanie Oltmanns
""", parent="eversten_own_apology", quote="gt"),

    m("kfo_list_rej", R, "de", "Kieferorthopädie Hannover-List",
      "Kieferorthopädie Hannover-List <bewerbung@kfo-list.example.de>",
      "Ihre Bewerbung",
      "2026-02-26 08:20 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserer Praxis.

Leider können wir Sie im weiteren Auswahlverfahren nicht berücksichtigen. Bitte verstehen Sie, dass wir aus Zeitgründen keine detaillierte Begründung geben können.

Ihre Unterlagen löschen wir nach Ablauf von drei Monaten.

Mit freundlichen Grüßen
Ihr Praxisteam
Kieferorthopädie Hannover-List
""", sys=True, cs="iso-8859-1", cte="8bit"),

    m("oldenburg_nord_rej", R, "de", "Praxisklinik Oldenburg-Nord",
      "MedPraxisJobs <bewerbungen@medpraxisjobs.example.ch>",
      "Neuigkeiten zu Ihrer Bewerbung bei Praxisklinik Oldenburg-Nord",
      "2026-04-28 07:05 +0200", """
Guten Tag Frau Brockmann-Uzor

Die Praxisklinik Oldenburg-Nord hat den Status Ihrer Bewerbung für die Stelle «Praxismanager/in Zahnmedizin» aktualisiert:

Status: Absage – nicht in die engere Auswahl aufgenommen

Nachricht des Arbeitgebers: „Vielen Dank für Ihre Bewerbung. Wir haben uns für Bewerberinnen entschieden, die unserem Anforderungsprofil noch besser entsprechen."

Weitere passende Stellen finden Sie in Ihrem MedPraxisJobs-Konto.

Ihr MedPraxisJobs-Team
""", sys=True, html="alt", look="ats", brand="MedPraxisJobs"),

    m("dentalversand_rej", R, "de", "Dentalversand Weser",
      "Ole Meinken <o.meinken@dentalversand-weser.example.de>",
      "Stelle Leitung Auftragsabwicklung – vorerst gestoppt",
      "2026-07-22 11:40 +0200", """
Hallo Frau Brockmann-Uzor,

danke für Ihre Bewerbung als Leitung Auftragsabwicklung. Leider muss ich Ihnen mitteilen, dass wir die Stelle vorerst nicht besetzen: Unsere Übernahme durch einen größeren Großhändler ist in Arbeit, und bis dahin gilt ein Einstellungsstopp. Wir werden das Verfahren deshalb nicht weiterführen.

Ich bedauere das sehr, Ihr Profil hätte gut gepasst.

Mit freundlichen Grüßen
Ole Meinken
Geschäftsführer
Dentalversand Weser GmbH · Hansator 5 · 28217 Bremen · 0421 555 61 80
""", html="alt", cte="quoted-printable"),

    m("kessler_rej", R, "de", "Kessler & Partner Healthcare",
      "Dr. Annette Kessler <a.kessler@kessler-healthcare.example.de>",
      "Mandat Praxismanagement Norddeutschland – Zwischenstand",
      "2026-08-12 18:27 +0200", """
Liebe Frau Brockmann-Uzor,

danke für das ausführliche Gespräch vor zwei Wochen. Ich habe meinem Mandanten drei Profile vorgestellt, darunter Ihres.

Mein Mandant hat sich entschieden, mit zwei Kandidatinnen weiterzugehen, die bereits Budgetverantwortung für mehrere Standorte hatten. Für dieses Mandat kann ich Sie daher leider nicht weiter berücksichtigen.

Ich behalte Ihr Profil sehr gern im Blick und melde mich, wenn ein passendes Mandat kommt.

Beste Grüße
Annette Kessler

Dr. Annette Kessler
Kessler & Partner Healthcare Executive Search
Neuer Wall 50 · 20354 Hamburg · +49 40 555 770 10
""", html="alt", look="outlook", cte="base64"),

    # ================= English =================
    m("zernike_rej", R, "en", "Zernike Dental Group",
      "Femke Dijkstra via Greenhouse <no-reply@greenhouse-mail.io>",
      "Your application for Clinic Operations Coordinator",
      "2026-03-06 14:50 +0100", """
Hi Annelie,

Thank you for taking the time to speak with Pieter and me, and for your patience throughout the process.

After careful consideration we have decided to move forward with candidates whose experience more closely matches the current needs of the role, in particular fluency in Dutch for our patient-facing teams.

We really enjoyed getting to know you and wish you all the best in your search.

Kind regards,
Femke Dijkstra
Talent Acquisition Partner, Zernike Dental Group
""", rt="Femke Dijkstra <femke.dijkstra@zernikedental.example.nl>", html="alt", look="ats",
      brand="Zernike Dental Group"),

    m("meridian_rej", R, "en", "Meridian Health Search",
      "Oliver Hartigan <oliver.hartigan@meridianhealth.example.co.uk>",
      "Re: Missed call with my client this afternoon",
      "2026-03-31 10:12 +0100", """
Hi Annelie,

Thanks for explaining - a calendar glitch with the time zones, it happens more than you'd think.

I'm afraid I have disappointing news, though. I spoke to the client yesterday and they've decided not to reschedule; they are progressing with two other candidates who are already based in the Netherlands. So this one won't go any further for you.

I'm sorry it didn't work out. I'll keep you in mind for other briefs.

Best,
Oliver
""", parent="meridian_own_apology", quote="gt"),

    m("hanze_rej", R, "en", "Hanze Tandtechniek",
      "Ruben Wiersma <ruben@hanzetandtechniek.example.nl>",
      "Lab Office Manager role - update",
      "2026-05-12 16:40 +0200", """
Hi Annelie,

I wanted to let you know personally: we've decided not to fill the Lab Office Manager role this year after all. One of our big clients has moved to an in-house milling unit and we need to tighten our belts. That means we won't be proceeding with your application.

I'm genuinely sorry, as I enjoyed our conversation. If things change in 2027, I'll reach out.

All the best,
Ruben
""", cte="8bit"),

    m("noorderzorg_rej", R, "en", "Noorderzorg Outpatient Centre",
      "Marit Hoekstra <m.hoekstra@noorderzorg.example.nl>",
      "Outcome of the selection procedure - Front Office Team Lead",
      "2026-09-09 11:15 +0200", """
Dear Ms Brockmann-Uzor,

Thank you for attending the interview on 1 September and for your interest in the Noorderzorg Outpatient Centre.

The selection committee has carefully considered all candidates. We regret to inform you that we have chosen to continue with a candidate whose experience more closely matches the profile, particularly regarding Dutch healthcare administration.

We wish you every success in your career.

Yours sincerely,
Marit Hoekstra
HR Advisor
Noorderzorg Outpatient Centre
""", html="alt", look="outlook", cs="iso-8859-1", cte="quoted-printable"),

    m("tandsoft_rej", R, "en", "Tandsoft",
      "Tandsoft <no-reply@hire.lever.co>",
      "Regarding your application to Tandsoft",
      "2026-05-26 12:00 +0000", """
Hi Annelie,

Thank you for your interest in the Implementation Specialist (Dental Practices) position at Tandsoft.

We've reviewed your application and, unfortunately, we won't be moving forward at this time. We received a high number of strong applications, and this decision was not an easy one.

We'll keep your details on file and may reach out if a suitable role opens up.

Best wishes,
The Tandsoft Team
""", sys=True, html="alt"),

    m("martini_lab_rej", R, "en", "Martini Dental Lab",
      "Martini Dental Lab <noreply@workablemail.com>",
      "Martini Dental Lab: Operations Assistant position filled",
      "2026-06-30 08:45 +0200", """
Dear Annelie,

Thank you for applying for the Operations Assistant position at Martini Dental Lab.

We would like to let you know that the position has now been filled. We appreciate the time you invested in your application and hope you will consider applying for future openings with us.

Kind regards,
Martini Dental Lab Hiring Team
""", sys=True, html="only", look="ats", brand="Martini Dental Lab"),

    # ================= French =================
    m("kleber_rej", R, "fr", "Centre dentaire Kléber",
      "Nathalie Schaeffer <n.schaeffer@centre-kleber.example.fr>",
      "RE: Toutes mes excuses pour mardi",
      "2026-03-20 09:33 +0100", """
Bonjour Madame Brockmann-Uzor,

Merci pour votre message et vos explications.

Après réflexion, le Dr Heitz et moi-même avons toutefois décidé de ne pas donner suite à votre candidature. Nous avons entre-temps rencontré plusieurs candidates et retenu un profil déjà implanté dans la région, ce qui correspond mieux à nos besoins immédiats.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Nathalie Schaeffer
Directrice administrative – Centre dentaire Kléber
""", parent="kleber_own_apology", quote="gt", cs="windows-1252", cte="quoted-printable"),

    m("prothese_alsace_rej", R, "fr", "Laboratoire Prothèse Alsace",
      "Laboratoire Prothèse Alsace <noreply@workablemail.com>",
      "Votre candidature au Laboratoire Prothèse Alsace",
      "2026-04-27 16:00 +0200", """
Madame,

Nous vous remercions de l'intérêt que vous portez au Laboratoire Prothèse Alsace.

Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature au poste d'assistante de direction. Nous conservons votre dossier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service des ressources humaines
""", sys=True, html="alt", look="ats", brand="Laboratoire Prothèse Alsace",
      subj_enc=("utf-8", "Q")),

    m("helvemed_rej_fr", R, "fr", "Helvemed",
      "Helvemed Carrières <helvemed@taleo.net>",
      "Helvemed – votre candidature (Req. 26-0377)",
      "2026-05-29 07:40 +0200", """
Madame,

Nous vous remercions de votre candidature pour le poste de Responsable du service clients Suisse romande (Req. 26-0377).

Après un examen attentif de votre dossier, nous avons le regret de vous informer que nous ne pourrons pas retenir votre candidature pour ce poste. Les exigences linguistiques (français langue maternelle) et la connaissance du marché romand ont été déterminantes.

Nous vous souhaitons plein succès dans vos démarches.

Helvemed SA – Ressources humaines
""", sys=True, cs="windows-1252", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),

    m("sainte_odile_rej", R, "fr", "Hôpital Sainte-Odile",
      "Hôpital Sainte-Odile – Recrutement <recrutement@taleo.net>",
      "Réponse à votre candidature – Cadre administratif consultations externes",
      "2026-06-24 10:05 +0200", """
Madame Brockmann-Uzor,

Vous avez postulé au poste de cadre administratif du centre de consultations externes de l'Hôpital Sainte-Odile, et nous vous en remercions.

Nous sommes au regret de vous informer que ce poste a été pourvu par une mobilité interne. Votre candidature ne pourra donc pas être retenue.

Nous vous remercions de votre compréhension.

La Direction des ressources humaines
Hôpital Sainte-Odile – Strasbourg
""", sys=True, html="alt", look="outlook", cte="base64"),

    m("robertsau_rej", R, "fr", "Cabinet d'orthodontie de la Robertsau",
      "Camille Weber <camille.weber@sante-interim-alsace.example.fr>",
      "Retour du cabinet d'orthodontie de la Robertsau",
      "2026-08-28 14:18 +0200", """
Bonjour Annelie,

J'ai eu ce matin le retour du Cabinet d'orthodontie de la Robertsau concernant votre candidature au poste de secrétaire-coordinatrice.

Malheureusement, le cabinet a choisi de ne pas poursuivre : ils recherchent finalement quelqu'un qui maîtrise déjà parfaitement le logiciel Orthalis et peut commencer dès septembre.

Je suis désolée, je sais que vous y teniez. Je continue à vous proposer d'autres missions.

Bien à vous,
Camille Weber
Consultante – Santé Intérim Alsace
22 rue du Faubourg National, 67000 Strasbourg · 03 88 55 90 41
""", cs="windows-1252", cte="8bit"),

    # ================= Spanish =================
    m("virgen_rej", R, "es", "Hospital Virgen del Puerto",
      "Mercedes Aguilar Soto <mercedes.aguilar@hvpuerto.example.es>",
      "Proceso de selección Ref. CEX-2291 – cancelación",
      "2026-09-03 12:50 +0200", """
Estimada Sra. Brockmann-Uzor:

Le escribo para informarle de que la Dirección del hospital ha decidido cancelar el proceso de selección Ref. CEX-2291, ya que el puesto de Responsable de Admisión se va a amortizar dentro de la reorganización del Centro de Especialidades. Por tanto, la prueba aplazada no se celebrará y el proceso queda cerrado para todas las personas candidatas.

Lamentamos las molestias y le agradecemos su interés.

Atentamente,
Mercedes Aguilar Soto
Jefa de Selección – Recursos Humanos
Hospital Virgen del Puerto
""", parent="virgen_resched", html="alt", look="outlook", cs="windows-1252", cte="quoted-printable"),

    m("dentalnube_rej", R, "es", "DentalNube",
      "DentalNube <jobs@dentalnube.recruitee.com>",
      "Tu candidatura en DentalNube",
      "2026-07-20 09:30 +0200", """
Hola Annelie:

Gracias por tu tiempo y por el interés en DentalNube.

Tras valorar todas las candidaturas para el puesto de Consultora de implantación, hemos decidido seguir adelante con otras personas cuyo perfil se ajusta más a lo que necesitamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
El equipo de DentalNube
""", sys=True, html="only", look="ats", brand="DentalNube"),

    m("ortosur_rej", R, "es", "OrtoSur",
      "Dra. Inmaculada Vera <inmaculada.vera@ortosur.example.es>",
      "Re: Entrevista en OrtoSur – gerencia de clínica",
      "2026-10-05 21:02 +0200", """
Hola Annelie:

Muchas gracias por la conversación del otro día, fue un placer conocerte.

Te escribo con pena: al final hemos decidido que la gerencia la asuma mi socio, el Dr. Campos, al menos durante el próximo año, así que no vamos a contratar a nadie para el puesto. Lo siento de verdad.

Te deseo lo mejor, en Málaga o donde sea.

Un abrazo,
Inma
""", parent="ortosur_invite", quote="gt", cs="iso-8859-1", cte="8bit"),

    m("costasol_rej", R, "es", "Distribuciones Médicas Costa del Sol",
      "Recursos Humanos DMCS <rrhh@dmcostasol.example.es>",
      "Respuesta a su candidatura – Jefa de Atención al Cliente",
      "2026-06-16 13:10 +0200", """
Estimada Annelie:

Le agradecemos el interés mostrado en Distribuciones Médicas Costa del Sol y el envío de su candidatura para el puesto de Jefa de Atención al Cliente.

Lamentamos comunicarle que, tras estudiar su perfil, no ha sido seleccionada para la siguiente fase del proceso. Conservaremos sus datos para futuras vacantes si nos da su consentimiento.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Distribuciones Médicas Costa del Sol
Polígono Industrial Guadalhorce, C/ Diderot 18, 29004 Málaga
""", sys=True, cte="quoted-printable"),

    m("malagueta_rej", R, "es", "Clínica Dental Malagueta",
      "Raquel Domínguez <raquel.dominguez@talentosalud.example.es>",
      "Clínica Dental Malagueta – respuesta del cliente",
      "2026-08-20 10:36 +0200", """
Hola Annelie:

Ya tengo respuesta de la Clínica Dental Malagueta. Me comentan que les gustó tu trayectoria, pero han decidido no continuar con tu candidatura porque buscan a alguien con experiencia en la gestión de aseguradoras españolas (Sanitas, Adeslas…).

Siento no traerte mejores noticias. Seguimos en contacto para otras posiciones en la Costa del Sol.

Un saludo,
Raquel Domínguez
Consultora Senior · Talento Salud Headhunting
Alameda Principal 21, 29001 Málaga · 952 55 13 60
""", html="alt", name_enc=("utf-8", "B")),
]
