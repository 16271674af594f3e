"""Ninetieth corpus: rejections and application acknowledgements, written by hand.

Data only; imports msgs90_base.
"""

from msgs90_base import E

NR = "noreply"

REJECTIONS = [
    E("rejection", "sparkasse_formal_absage", "de",
      "Personalabteilung Stadtsparkasse Lindenau <bewerbung@sparkasse-lindenau.example.de>",
      "Ihre Bewerbung als Referentin Personalentwicklung (m/w/d)",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis eines Abgleichs mit dem konkreten Anforderungsprofil der Stelle.

Ihre Unterlagen werden nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Jutta Brenninkmeyer
Personalabteilung

Stadtsparkasse Lindenau
Anstalt des öffentlichen Rechts
Marktplatz 3, 04177 Leipzig
Vorstand: Dr. Harald Kluge (Vors.), Petra Weiß
""", company="Stadtsparkasse Lindenau", contact="bewerbung@sparkasse-lindenau.example.de",
      charset="iso-8859-1", cte="quoted-printable"),
    E("rejection", "workday_versicherung", "de",
      "Nordhafen Versicherung <nordhafen@myworkday.com>",
      "Rückmeldung zu Ihrer Bewerbung - R-004518 People Analytics Specialist",
      """Liebe Friederike Adeyemi-Sommer,

vielen Dank für Ihr Interesse an der Position People Analytics Specialist (R-004518) bei der Nordhafen Versicherung AG.

Wir haben alle eingegangenen Bewerbungen sorgfältig gesichtet. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat*innen entschieden haben, deren Profil noch besser zu den Anforderungen passt.

Wir würden uns freuen, wenn Sie sich weiterhin über unsere Karriereseite über offene Stellen informieren.

Freundliche Grüße
Ihr Talent Acquisition Team
Nordhafen Versicherung AG

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
""", company="Nordhafen Versicherung", fmt="alt"),
    E("rejection", "after_interview_du_startup", "de",
      "Lenja Kowalczyk <lenja@hummelflug.example.com>",
      "Re: Euer Gespräch am Donnerstag",
      """Hi Friederike,

danke nochmal für das richtig schöne Gespräch letzte Woche und die Zeit, die du dir genommen hast!

Ich mach's kurz, weil ich's selbst blöd finde, so was per Mail zu schreiben: wir haben uns für eine andere Person entschieden. Am Ende war es wirklich knapp, ausschlaggebend war vor allem die Erfahrung mit Personio-Rollouts in der Scale-up-Phase, die die andere Kandidatin schon mitbringt.

Wenn du magst, geb ich dir gern noch 15 Min telefonisch Feedback - sag einfach Bescheid.

LG
Lenja

--
Lenja Kowalczyk | People & Culture Lead
Hummelflug - the carbon accounting people
Torstraße 109, 10119 Berlin | +49 30 5557 2210
""", company="Hummelflug", contact="lenja@hummelflug.example.com", reply=True),
    E("rejection", "terse_mobile_de", "de",
      "Markus Thalhammer <m.thalhammer@thalhammer-moebel.example.at>",
      "AW: Bewerbung HR Business Partnerin",
      """Sehr geehrte Frau Adeyemi-Sommer,

leider haben wir die Stelle bereits intern besetzt. Danke für Ihr Interesse und alles Gute.

MfG
M. Thalhammer

Von meinem iPhone gesendet
""", company="Thalhammer Möbel", contact="m.thalhammer@thalhammer-moebel.example.at",
      quote=("outlook_de", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             """Sehr geehrter Herr Thalhammer,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position als HR Business Partnerin in Ihrem Stammhaus in Wels.

Mit freundlichen Grüßen
Friederike Adeyemi-Sommer""")),
    E("rejection", "klinikum_stelle_gestrichen", "de",
      "Klinikum Am Elbufer - Personalmanagement <personal@klinikum-elbufer.example.de>",
      "Ihre Bewerbung - Kennziffer 2026-117",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir bedanken uns für Ihre Bewerbung auf die Stelle "Organisationsentwicklerin / Organisationsentwickler (w/m/d)" (Kennziffer 2026-117).

Aufgrund einer Umstrukturierung im Geschäftsbereich Personal und Organisation wird die ausgeschriebene Stelle vorerst nicht besetzt. Das Auswahlverfahren wurde daher eingestellt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Sabine Oltmanns
Sachbearbeiterin Personalgewinnung
Klinikum Am Elbufer gGmbH
Tel. 040 555 38 4412
[cid:image001.png@01DC8A2B.3C4D5E60]
Geschäftsführung: Dr. med. Jens Ohlsen, Birte Kahl | Amtsgericht Hamburg HRB 55521
""", company="Klinikum Am Elbufer", contact="personal@klinikum-elbufer.example.de",
      charset="windows-1252", cte="8bit"),
    E("rejection", "personio_scaleup_soft", "de",
      "Frachtwerk Recruiting <jobs@frachtwerk.jobs.personio.de>",
      "Deine Bewerbung bei Frachtwerk",
      """Hallo Friederike,

danke, dass du dich für die Rolle als Change Manager:in bei Frachtwerk beworben hast, wir haben uns sehr darüber gefreut.

Nach intensiver Prüfung haben wir uns entschieden, mit Bewerber:innen weiterzugehen, deren Erfahrung noch näher an dem liegt, was wir für diese Rolle gerade brauchen. Das ist uns nicht leicht gefallen.

Wir behalten dein Profil gern im Hinterkopf und würden uns freuen, wenn wir uns bei einer zukünftigen Stelle wiederbegegnen.

Viele Grüße
Jana aus dem People Team

Frachtwerk GmbH · Hafenstraße 12 · 20457 Hamburg
""", company="Frachtwerk", fmt="html"),
    E("rejection", "bezirksamt_auswahlkommission", "de",
      "Bezirksamt Treptow-Köpenick - SE Personal <personalservice@ba-tk.example.berlin>",
      "Stellenbesetzungsverfahren Kennzahl 41/2026",
      """Sehr geehrte Frau Adeyemi-Sommer,

das Auswahlverfahren für die o. g. Stelle (Personalentwicklerin/Personalentwickler, E 11 TV-L) ist abgeschlossen.

Die Auswahlkommission hat sich nach den strukturierten Auswahlgesprächen für eine andere Bewerberin entschieden. Ich bedaure, Ihnen keinen günstigeren Bescheid geben zu können, und bedanke mich für Ihre Teilnahme am Verfahren.

Ihre Bewerbungsunterlagen werden drei Monate nach Abschluss des Verfahrens datenschutzgerecht vernichtet, sofern Sie nicht innerhalb eines Monats deren Rücksendung wünschen.

Mit freundlichen Grüßen
Im Auftrag

Kerstin Wöllner
Bezirksamt Treptow-Köpenick von Berlin
Serviceeinheit Personal
Tel.: (030) 90297-0000
""", company="Bezirksamt Treptow-Köpenick", contact="personalservice@ba-tk.example.berlin",
      cte="quoted-printable"),
    E("rejection", "headhunter_client_decided", "de",
      "Dr. Constanze Ehlers <c.ehlers@ehlers-partner.example.com>",
      "Update",
      """Liebe Frau Adeyemi-Sommer,

wie versprochen melde ich mich zeitnah: unser Mandant, die Brandt & Söhne Gruppe in Bielefeld, hat sich nach der zweiten Runde leider für eine Kandidatin mit mehr Erfahrung im Betriebsratsumfeld entschieden. Das Feedback zu Ihrer Präsentation war ausdrücklich positiv, insbesondere zum Aufbau des Kompetenzmodells.

Ich würde Sie gern weiterhin im Blick behalten - aktuell laufen zwei Mandate im Bereich Organisationsentwicklung, die zu Ihnen passen könnten.

Herzliche Grüße
Constanze Ehlers

Ehlers & Partner
Executive Search | Königsallee 60 | 40212 Düsseldorf
T +49 211 555 9031
""", company="Brandt & Söhne Gruppe", contact="c.ehlers@ehlers-partner.example.com"),
    E("rejection", "softgarden_verlag", "de",
      "Hansa Mediengruppe <noreply@softgarden.example.io>",
      "Ihre Bewerbung als Employer Branding Managerin",
      """Sehr geehrte Frau Adeyemi-Sommer,

haben Sie vielen Dank für Ihre Bewerbung und Ihr Interesse an der Hansa Mediengruppe.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach eingehender Prüfung Ihrer Unterlagen teilen wir Ihnen jedoch mit, dass wir Sie im weiteren Bewerbungsprozess nicht berücksichtigen werden.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hansa Mediengruppe

Hansa Mediengruppe GmbH & Co. KG | Sitz Hamburg | AG Hamburg HRA 555012
""", company="Hansa Mediengruppe", fmt="html",
      headers={"X-Mailer": "softgarden e-recruiting"}),
    E("rejection", "uni_berufungskommission", "de",
      "Dezernat Personal - Universität Rheinaue <personal-stellen@uni-rheinaue.example.de>",
      "Ihre Bewerbung auf die Stelle Referent*in Diversity Management",
      """Sehr geehrte Frau Adeyemi-Sommer,

für Ihre Bewerbung auf die o.g. Stelle danken wir Ihnen.

Nach Durchsicht aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie für das weitere Verfahren nicht in die engere Wahl ziehen konnten. Bei der großen Zahl qualifizierter Bewerbungen ist uns die Auswahl schwergefallen.

Wir bitten um Verständnis, dass wir keine Einzelheiten zu den Gründen mitteilen.

Mit freundlichen Grüßen
Im Auftrag
Frank Jansen-Kreuzer
Universität Rheinaue, Dezernat 3 - Personal
""", company="Universität Rheinaue", contact="personal-stellen@uni-rheinaue.example.de",
      charset="iso-8859-1"),
    E("rejection", "fallstudie_mittelstand", "de",
      "Birgit Hollmann <birgit.hollmann@kessler-antriebe.example.de>",
      "Rueckmeldung Fallstudie",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank fuer die Ausarbeitung der Fallstudie und die Zeit, die Sie investiert haben. Wir haben uns Ihre Ergebnisse gemeinsam mit der Geschaeftsfuehrung genau angeschaut.

Leider muessen wir Ihnen mitteilen, dass wir den Prozess mit Ihnen nicht fortsetzen werden. Uns hat in der Ausarbeitung der Bezug zu unserer Fertigungsrealitaet mit drei Schichten gefehlt.

Ich wuensche Ihnen weiterhin viel Erfolg bei der Suche.

Beste Gruesse
Birgit Hollmann
Leitung Personal
Kessler Antriebstechnik GmbH & Co. KG
Industriestr. 14 | 30659 Hannover
""", company="Kessler Antriebstechnik", contact="birgit.hollmann@kessler-antriebe.example.de"),
    E("rejection", "agentur_zeitarbeit_kurz", "de",
      "Tobias Brückner <t.brueckner@primus-personal.example.de>",
      "Kurze Rückmeldung",
      """Hallo Frau Adeyemi-Sommer,

kurzes Feedback vom Kunden (Logistikunternehmen in Schkeuditz): die Stelle wird leider mit einem internen Kandidaten besetzt, da geht's für Sie nicht weiter. Sorry!!

Ich melde mich sobald ich was neues habe.

Viele Grüße
Tobias Brückner
Primus Personal
Personalberater | 0341 555 77 12
""", company="Primus Personal", contact="t.brueckner@primus-personal.example.de"),
    E("rejection", "successfactors_dax", "de",
      "Kronwerk Careers <careers@kronwerk.successfactors.example.eu>",
      "Ihre Bewerbung bei der Kronwerk AG - Job-ID 88231",
      """Sehr geehrte Frau Adeyemi-Sommer ,

vielen Dank fuer Ihr Interesse an der Position
   Expertin / Experte Change Management (w/m/d)  Job-ID:  88231

Nach eingehender Pruefung Ihrer Bewerbung muessen wir Ihnen leider mitteilen , dass wir Ihr Profil nicht weiter beruecksichtigen koennen.

Ihr Kandidatenprofil bleibt in unserem Talentpool gespeichert, sofern Sie dem zugestimmt haben.

Mit freundlichen Gruessen
Kronwerk AG
Talent Acquisition Center

*** Dies ist eine automatisch erzeugte Nachricht. ***
""", company="Kronwerk", reply_to="no-reply@kronwerk.example.eu"),
    E("rejection", "stiftung_ueberzeugend", "de",
      "Annika Loewe <a.loewe@stiftung-lesezeichen.example.org>",
      "Ihre Bewerbung",
      """Liebe Frau Adeyemi-Sommer,

vielen Dank für Ihre Bewerbung als Referentin für Organisationsentwicklung bei uns. Wir haben über 140 Bewerbungen erhalten, viele davon - so auch Ihre - sehr überzeugend.

Dennoch haben wir uns entschieden, andere Bewerber:innen zu Gesprächen einzuladen. Das bedeutet leider eine Absage an Sie.

Wir danken Ihnen für Ihr Interesse an unserer Arbeit!

Herzliche Grüße
Annika Loewe
Verwaltung & Personal
Stiftung Lesezeichen - für Leseförderung in Sachsen
""", company="Stiftung Lesezeichen", contact="a.loewe@stiftung-lesezeichen.example.org",
      fmt="alt", cte="base64"),
    E("rejection", "oesterreich_absage_amtlich", "de",
      "Wiener Pflegeverbund <recruiting@pflegeverbund.example.at>",
      "Bewerbung HR-Generalistin Wien",
      """Sehr geehrte Frau Adeyemi-Sommer!

Wir bedanken uns für Ihre Bewerbung und das Interesse am Wiener Pflegeverbund.

Nach eingehender Durchsicht aller Unterlagen müssen wir Ihnen mitteilen, dass wir uns für eine Bewerberin entschieden haben, die dem Anforderungsprofil in einigen Punkten (u.a. Erfahrung mit dem österreichischen Arbeitsrecht und KV-Einstufungen) noch besser entspricht.

Wir ersuchen um Verständnis und wünschen Ihnen für Ihre weitere Zukunft alles Gute.

Mit freundlichen Grüßen
Mag. Eva Pichler-Strauss
Personalmanagement
Wiener Pflegeverbund
""", company="Wiener Pflegeverbund", contact="recruiting@pflegeverbund.example.at"),
    E("rejection", "greenhouse_en_soft", "en",
      "Loomwise Recruiting <no-reply@us.greenhouse-mail.io>",
      "Your application to Loomwise",
      """Hi Friederike,

Thank you for your interest in the People Analytics Lead role at Loomwise and for the time you put into your application.

After careful review, we've decided to pursue other candidates whose background more closely aligns with what the team needs right now. We know this isn't the news you were hoping for.

We'd love to stay in touch and hope you'll consider Loomwise again in the future.

Best,
The Loomwise Talent Team
""", company="Loomwise", reply_to="Loomwise Recruiting <no-reply@us.greenhouse-mail.io>",
      fmt="alt"),
    E("rejection", "british_shant_progress", "en",
      "Harriet Pembury <harriet.pembury@calderbrook.example.co.uk>",
      "Re: your application",
      """Dear Friederike,

Thank you for coming in to meet the panel on Tuesday and for your presentation on the L&D roadmap.

I'm afraid that on this occasion we shan't be progressing your application further. The panel felt another candidate had more direct experience of UK employment law casework, which is a large part of the role in year one.

Kind regards,

Harriet Pembury
Head of People
Calderbrook Building Society
Calderbrook House, 1 Mill Lane, Halifax HX1 1AA
Calderbrook Building Society is authorised by the Prudential Regulation Authority. This email and any attachments are confidential.
""", company="Calderbrook Building Society", contact="harriet.pembury@calderbrook.example.co.uk",
      quote=("outlook", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Dear Harriet,\n\nThank you for the invitation, Tuesday at 2pm works well for me.\n\nBest regards,\nFriederike")),
    E("rejection", "indian_regret_inform", "en",
      "Talent Acquisition | Vistaraj Consulting <ta.europe@vistaraj.example.in>",
      "Status of your candidature - Senior Consultant OD",
      """Dear Candidate,

Greetings from Vistaraj Consulting!

We thank you for your interest in the position of Senior Consultant - Organisational Development (Frankfurt / Remote).

We regret to inform you that your profile has not been shortlisted for the next stage of the selection process. We shall retain your details in our database and do revert to you should a suitable opening arise.

Wishing you the very best in your future endeavours.

Warm Regards,
Priyanka Menon
Talent Acquisition - Europe
Vistaraj Consulting Pvt. Ltd.
""", company="Vistaraj Consulting", contact="ta.europe@vistaraj.example.in"),
    E("rejection", "lever_very_short", "en",
      "Daniel Ortiz <daniel.ortiz@parcelpeak.example.com>",
      "Following up",
      """Hi Friederike - thanks for your time, but we won't be moving forward. Best of luck!

Dan
""", company="Parcelpeak", contact="daniel.ortiz@parcelpeak.example.com",
      headers={"X-Mailer": "Lever Mail"}),
    E("rejection", "swedish_on_hold", "en",
      "Elin Sjöberg <elin.sjoberg@nordvik.example.se>",
      "People Partner role - update",
      """Hi Friederike,

I wanted to let you know personally that the People Partner position in our Berlin office has been put on hold following a budget review, and we will not proceed with the recruitment this year. I'm sorry, since you were one of our final two.

If the role reopens in 2027 I would very much like to reach out again, if that is OK with you.

Warm regards,
Elin

Elin Sjöberg
Talent Partner, Nordvik Home AB
Sveavägen 20, Stockholm
""", company="Nordvik Home", contact="elin.sjoberg@nordvik.example.se", charset="iso-8859-1",
      cte="quoted-printable"),
    E("rejection", "australian_takehome", "en",
      "Mick Donnelly <mick@wattleyard.example.com.au>",
      "Take-home feedback",
      """G'day Friederike,

Thanks heaps for the take-home - the dashboard mock-up was genuinely good. Unfortunately we've gone with someone who's done more hands-on SQL and Python work, as the role ended up being more technical than we first wrote it up. Not the outcome you'd have wanted, sorry.

Cheers,
Mick
Wattleyard | Head of People Ops
""", company="Wattleyard", contact="mick@wattleyard.example.com.au"),
    E("rejection", "workable_chinese_owned", "en",
      "Hanlin Electronics Europe <hanlin-europe@workablemail.com>",
      "Your application for HR Business Partner (Düsseldorf)",
      """Dear Friederike Adeyemi-Sommer,

Thank you for applying to the HR Business Partner position at Hanlin Electronics Europe B.V.

We have reviewed your application carefully. Unfortunately, we will not be moving forward with your application at this time, as the position requires business-fluent Mandarin for coordination with our headquarters in Shenzhen.

We appreciate your interest in Hanlin and wish you every success.

Kind regards,
Zhang Wei
HR Manager, Hanlin Electronics Europe B.V.
""", company="Hanlin Electronics Europe", fmt="html",
      reply_to="Zhang Wei <wei.zhang@hanlin-eu.example.com>", contact="wei.zhang@hanlin-eu.example.com"),
    E("rejection", "agency_relay_en_london", "en",
      "Sophie Marsh <sophie.marsh@greyfriars-search.example.co.uk>",
      "Quick one",
      """Hi Friederike,

Just heard back from the client (the fintech in Shoreditch I mentioned) - they've decided not to take things further after the first stage. Their feedback was that they're after someone who's already run a full engagement-survey cycle at scale.

Honestly I think you'd have been great, so don't be disheartened!! Let's catch up next week, I've got a couple of interesting bits coming through.

Speak soon,
Sophie

Sophie Marsh | Senior Consultant
Greyfriars Search
m: +44 7700 900512
""", company="Greyfriars Search", contact="sophie.marsh@greyfriars-search.example.co.uk"),
    E("rejection", "smartrecruiters_position_filled", "en",
      "Vantor Retail Group <no-reply@smartrecruiters.com>",
      "An update on the Learning & Development Manager position",
      """Dear Friederike,

Thank you for applying for the Learning & Development Manager position at Vantor Retail Group.

We wanted to let you know that this position has now been filled. We truly appreciate the time you took to apply and encourage you to apply for other roles that match your skills and interests.

Sincerely,
Vantor Retail Group Talent Acquisition
""", company="Vantor Retail Group", fmt="html"),
    E("rejection", "fr_refus_formel", "fr",
      "Recrutement Groupe Aubrac Santé <recrutement@aubrac-sante.example.fr>",
      "Votre candidature - Chargée de développement RH",
      """Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Aubrac Santé et de votre candidature au poste de Chargée de développement RH.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Votre profil, bien qu'intéressant, ne correspond pas précisément aux besoins actuels du poste.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Vasseur
Responsable Recrutement
Groupe Aubrac Santé
""", company="Groupe Aubrac Santé", contact="recrutement@aubrac-sante.example.fr",
      charset="iso-8859-1", cte="quoted-printable"),
    E("rejection", "fr_startup_tutoiement", "fr",
      "Baptiste de Lanoy <baptiste@plumetis.example.fr>",
      "Re: Entretien People Ops",
      """Salut Friederike,

Merci encore pour l'échange de mardi, c'était super sympa. On a finalement choisi de continuer avec un autre profil, plus orienté paie et admin, vu notre taille actuelle.

Désolé de ne pas avoir de meilleure nouvelle. Je te souhaite plein de bonnes choses pour la suite !

Baptiste
CEO @ Plumetis
""", company="Plumetis", contact="baptiste@plumetis.example.fr",
      quote=("fr", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Bonjour Baptiste,\n\nMerci pour votre message, mardi 10h me convient parfaitement.\n\nBien à vous,\nFriederike")),
    E("rejection", "fr_poste_annule", "fr",
      "Talent Acquisition Maison Orsenne <talents@orsenne.example.com>",
      "Suite de votre candidature",
      """Bonjour Madame Adeyemi-Sommer,

Nous revenons vers vous concernant votre candidature au poste de Responsable Marque Employeur.

Suite à une réorganisation interne, ce recrutement est suspendu et nous ne poursuivrons pas le processus pour le moment. Nous sommes sincèrement désolés de cette décision, indépendante de la qualité de votre candidature.

Bien cordialement,
Inès Marchetti
Chargée de recrutement - Maison Orsenne
""", company="Maison Orsenne", contact="talents@orsenne.example.com", fmt="alt"),
    E("rejection", "es_descartada_formal", "es",
      "Selección Banco Alcaraz <seleccion@bancoalcaraz.example.es>",
      "Proceso de selección - Técnico/a de Desarrollo de Personas",
      """Estimada Friederike:

Le agradecemos sinceramente su interés en formar parte de Banco Alcaraz y el tiempo dedicado a nuestro proceso de selección.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión no ha sido seleccionada para continuar en el proceso.

Conservaremos su currículum en nuestra base de datos para futuras oportunidades, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Marta Iglesias Peña
Departamento de Selección
Banco Alcaraz
""", company="Banco Alcaraz", contact="seleccion@bancoalcaraz.example.es",
      charset="iso-8859-1"),
    E("rejection", "es_informal_tras_entrevista", "es",
      "Javi Romero <javi@cactuslab.example.es>",
      "Re: Entrevista People & Culture",
      """Hola Friederike!

Gracias otra vez por la charla del jueves, nos gustó mucho. Al final hemos decidido seguir con otra persona que ya vive en Madrid y puede estar en la ofi desde el primer día.

Una pena, de verdad. Mucha suerte con todo!!

Un abrazo,
Javi
Cactus Lab · Head of Talent
""", company="Cactus Lab", contact="javi@cactuslab.example.es",
      quote=("es", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Hola Javi,\n\n¡Perfecto, el jueves a las 11 me va bien!\n\nSaludos,\nFriederike")),
    E("rejection", "es_teamtailor_puesto_cubierto", "es",
      "Grupo Alboraya <notifications@teamtailor.example.com>",
      "Actualización sobre tu candidatura",
      """Hola Friederike,

Gracias por tu interés en la posición de Responsable de Formación en Grupo Alboraya.

Queríamos informarte de que el puesto ya ha sido cubierto, por lo que no podremos avanzar con tu candidatura. Te animamos a seguir atenta a nuestras ofertas.

Saludos cordiales,
El equipo de Personas de Grupo Alboraya
""", company="Grupo Alboraya", fmt="html"),
]

ACKS = [
    E("application_received", "dvinci_eingang", "de",
      "Stadtwerke Auenstadt <bewerbermanagement@dvinci-mail.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung - Referent*in Personalcontrolling",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank für Ihre Bewerbung als Referent*in Personalcontrolling / People Analytics. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte haben Sie Verständnis, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihre Personalabteilung
Stadtwerke Auenstadt GmbH
""", company="Stadtwerke Auenstadt", fmt="html"),
    E("application_received", "interamt_bund", "de",
      "Bundesamt für Infrastrukturplanung <bewerbung@interamt.example.de>",
      "Eingangsbestätigung - Stellenangebot-ID 1199420",
      """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Bewerbung auf das Stellenangebot "Referentin / Referent Personalentwicklung (EG 13 TVöD)" beim Bundesamt für Infrastrukturplanung ist eingegangen.

Aufgrund der Vielzahl der Bewerbungen ist es uns leider nicht möglich, Ihnen Zwischenbescheide zu erteilen. Wir bitten daher von Sachstandsanfragen abzusehen. Sie erhalten nach Abschluss der Vorauswahl eine Nachricht.

Diese Nachricht wurde automatisch erstellt.
Interamt - das Stellenportal des öffentlichen Dienstes
""", company="Bundesamt für Infrastrukturplanung", charset="iso-8859-1",
      cte="quoted-printable"),
    E("application_received", "personio_du_danke", "de",
      "Kiezkraut <jobs@kiezkraut.jobs.personio.de>",
      "Danke für deine Bewerbung!",
      """Hey Friederike,

cool, dass du dabei sein willst! Deine Bewerbung als People & Culture Manager (m/w/d) ist bei uns angekommen 🌱

Wir schauen uns alles in Ruhe an und melden uns innerhalb von 2 Wochen bei dir. Bis dahin: schau doch mal auf unserem Insta vorbei.

Grüne Grüße
dein Kiezkraut Team
""", company="Kiezkraut", fmt="alt"),
    E("application_received", "kammer_keine_einzelantwort", "de",
      "IHK Elbe-Mulde <personal@ihk-elbe-mulde.example.de>",
      "Ihre Bewerbung Referent/in Aus- und Weiterbildung",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir bestätigen den Eingang Ihrer Bewerbung vom 12.02.2026.

Leider ist es uns aufgrund der hohen Anzahl an Bewerbungen nicht möglich, jedem Bewerber und jeder Bewerberin eine individuelle Rückmeldung zum Stand des Verfahrens zu geben. Die Auswahlgespräche finden voraussichtlich in der 11. KW statt; sollten Sie bis Ende März nichts von uns hören, ist das Verfahren anderweitig entschieden.

Mit freundlichen Grüßen
Ute Scharnagl
Personal
Industrie- und Handelskammer Elbe-Mulde
""", company="Industrie- und Handelskammer Elbe-Mulde", contact="personal@ihk-elbe-mulde.example.de"),
    E("application_received", "rexx_konzern", "de",
      "Bewerbermanagement Helmholtz Logistik <bewerbung@helmholtz-logistik.rexx-recruitment.example.com>",
      "Bestätigung Ihrer Bewerbung (Ref. HL-2026-0311)",
      """Sehr geehrte Frau Adeyemi-Sommer,

wir freuen uns über Ihr Interesse an der Helmholtz Logistik SE und bestätigen den Eingang Ihrer Online-Bewerbung für die Position

HR Business Partner Werk Dresden (m/w/d) - Ref. HL-2026-0311

Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Helmholtz Logistik SE
Human Resources

Helmholtz Logistik SE | Sitz: Dresden | Registergericht Dresden HRB 5550 | Vorstand: Dr. Ingo Frahm (Vors.)
""", company="Helmholtz Logistik", fmt="html", cte="base64"),
    E("application_received", "xing_eingangsbestaetigung_kurz", "de",
      "Yvonne Reuter <yvonne.reuter@reuter-consult.example.de>",
      "AW: Bewerbung Organisationsentwicklung",
      """Hallo Frau Adeyemi-Sommer,

danke, Unterlagen sind angekommen. Ich gehe die Tage durch und melde mich dann.

VG Yvonne Reuter
Reuter Consult | Organisationsberatung
""", company="Reuter Consult", contact="yvonne.reuter@reuter-consult.example.de",
      quote=("de", "Friederike Adeyemi-Sommer <friederike.as@example.de>",
             "Sehr geehrte Frau Reuter,\n\nwie telefonisch besprochen sende ich Ihnen anbei meinen Lebenslauf.\n\nViele Grüße\nFriederike Adeyemi-Sommer")),
    E("application_received", "umantis_klinik", "de",
      "Marienhospital Bergheim <no-reply@umantis.example.com>",
      "Ihre Bewerbung ist bei uns eingegangen",
      """Guten Tag Frau Adeyemi-Sommer

Besten Dank für Ihre Bewerbung als Leiterin Personalentwicklung (80-100%). Wir haben Ihre Unterlagen erhalten und werden diese nun prüfen.

Leider können wir zum jetzigen Zeitpunkt kein individuelles Feedback geben. Sie hören innert drei Wochen von uns.

Freundliche Grüsse
Marienhospital Bergheim
HR-Services
""", company="Marienhospital Bergheim", fmt="alt", charset="windows-1252"),
    E("application_received", "onlyfy_versicherer", "de",
      "ALVERA Versicherungsgruppe <jobs@onlyfy.example.com>",
      "Vielen Dank für Ihre Bewerbung",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank für Ihre Bewerbung als Spezialistin DEI & Employer Branding. Ihre Unterlagen sind vollständig bei uns eingegangen.

Unsere Fachbereiche prüfen derzeit alle Bewerbungen. Wir bitten Sie um etwas Geduld - Sie hören spätestens in drei bis vier Wochen von uns.

Beste Grüße
Ihr Recruiting-Team der ALVERA Versicherungsgruppe
""", company="ALVERA Versicherungsgruppe", fmt="html"),
    E("application_received", "join_startup_kurz", "de",
      "Knotenpunkt via JOIN <applications@join.example.com>",
      "Bewerbung eingegangen: Talent & Culture Manager:in",
      """Hallo Friederike,

deine Bewerbung für die Stelle Talent & Culture Manager:in bei Knotenpunkt wurde erfolgreich übermittelt.

Das Team von Knotenpunkt wird sich deine Bewerbung ansehen und sich bei dir melden.

Dein JOIN Team
""", company="Knotenpunkt", fmt="alt"),
    E("application_received", "landesamt_papier", "de",
      "Landesamt für Schule und Bildung <stellen@lasub.example.sachsen.de>",
      "Bewerbung - Kennziffer 07/2026",
      """Sehr geehrte Frau Adeyemi-Sommer,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle Referent (m/w/d) für Führungskräfteentwicklung, Kennziffer 07/2026.

Bitte reichen Sie bis zum 15.05.2026 noch eine Kopie Ihres Hochschulabschlusses nach. Über den weiteren Verlauf werden Sie unaufgefordert informiert.

Mit freundlichen Grüßen
Im Auftrag
Grit Pätzold
Landesamt für Schule und Bildung, Referat 13
""", company="Landesamt für Schule und Bildung", contact="stellen@lasub.example.sachsen.de",
      charset="iso-8859-1", cte="quoted-printable"),
    E("application_received", "lever_volume_en", "en",
      "Skyforge Analytics <no-reply@hire.lever.co>",
      "Thanks for applying to Skyforge Analytics",
      """Hi Friederike,

Thanks for applying for the People Analytics Manager role! We've received your application and our team will review it shortly.

Due to the high volume of applications, we are unfortunately unable to respond to every applicant individually. If your experience is a match, a member of our recruiting team will reach out to you within the next two weeks.

Thanks again,
Skyforge Analytics Recruiting
""", company="Skyforge Analytics", fmt="alt"),
    E("application_received", "workday_en_no_feedback", "en",
      "Brightmoor Pharma <brightmoor@myworkday.com>",
      "Application Received - Global L&D Partner (JR-22871)",
      """Dear Friederike,

Thank you for applying to Brightmoor Pharma. We have received your application for Global L&D Partner (JR-22871).

What happens next? Our recruiters review every application. Unfortunately we are unable to provide individual feedback at this stage. You can track the status of your application at any time in your candidate home.

Best regards,
Brightmoor Talent Acquisition
""", company="Brightmoor Pharma", fmt="html"),
    E("application_received", "ashby_en", "en",
      "Finchley Labs <no-reply@ashbyhq.com>",
      "Your application to Finchley Labs",
      """Hi Friederike,

Thanks for your interest in Finchley Labs! We've received your application for Head of People (Remote, EMEA) and will be in touch if there's a fit.

The Finchley Labs team
""", company="Finchley Labs", reply_to="no-reply@ashbyhq.com"),
    E("application_received", "indian_ack", "en",
      "Recruitment Desk <careers@tarangtech.example.in>",
      "Acknowledgement of Application",
      """Dear Friederike,

This is to acknowledge receipt of your application for the post of HR Business Partner - Europe (Amsterdam). Your profile is under review with the concerned team and we shall revert at the earliest.

Kindly do not send multiple applications for the same post.

Regards,
Recruitment Desk
TarangTech Solutions Ltd.
""", company="TarangTech Solutions", contact="careers@tarangtech.example.in"),
    E("application_received", "recruitee_amsterdam", "en",
      "Dijkstra & Moll <dijkstramoll@recruitee.example.com>",
      "We received your application",
      """Hi Friederike,

Thank you for applying for the position Organisational Development Consultant at Dijkstra & Moll. We're reviewing applications on a rolling basis.

Heads-up: we usually need 2-3 weeks for a first review, so please bear with us.

Kind regards,
Noor Dijkstra
Office & People, Dijkstra & Moll
""", company="Dijkstra & Moll", fmt="html"),
    E("application_received", "bamboohr_en", "en",
      "Halcyon Hotels HR <hr-notifications@bamboohr.example.com>",
      "Thank you for applying - People Development Manager",
      """Hello Friederike,

Thank you for your interest in the People Development Manager position at Halcyon Hotels & Resorts. Your application has been received and is being reviewed by our hiring team.

We will contact you if your qualifications match our needs. Please note we are unable to reply to every applicant personally.

Warmly,
Halcyon Hotels & Resorts
""", company="Halcyon Hotels & Resorts", fmt="alt"),
    E("application_received", "fr_accuse_reception", "fr",
      "Cabinet Lemarchand <candidatures@lemarchand-rh.example.fr>",
      "Accusé de réception de votre candidature",
      """Madame,

Nous accusons bonne réception de votre candidature pour le poste de Consultante en conduite du changement et vous en remercions.

Votre dossier est en cours d'étude. Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
Le service Recrutement
Cabinet Lemarchand
""", company="Cabinet Lemarchand", contact="candidatures@lemarchand-rh.example.fr",
      charset="windows-1252", cte="quoted-printable"),
    E("application_received", "fr_welcome_jungle", "fr",
      "Cervoise & Cie <no-reply@welcometothejungle.example.com>",
      "Candidature envoyée à Cervoise & Cie",
      """Bonjour Friederike,

Ta candidature pour le poste de People Partner (CDI, Paris) a bien été transmise à Cervoise & Cie.

L'équipe reviendra vers toi si ton profil correspond. En attendant, découvre d'autres offres qui pourraient te plaire.

L'équipe Welcome to the Jungle
""", company="Cervoise & Cie", fmt="html"),
    E("application_received", "es_confirmacion", "es",
      "RRHH Hospital San Telmo <empleo@hsantelmo.example.es>",
      "Confirmación de recepción de candidatura",
      """Estimada candidata:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Técnica de Formación y Desarrollo (Ref. 2026/044).

Debido al elevado número de solicitudes, no nos es posible responder individualmente a cada persona. Si su perfil encaja, nos pondremos en contacto con usted en las próximas semanas.

Atentamente,
Recursos Humanos
Hospital San Telmo
""", company="Hospital San Telmo", contact="empleo@hsantelmo.example.es", charset="iso-8859-1"),
    E("application_received", "es_infojobs_style", "es",
      "Mercadia Retail <avisos@candidaturas.example.es>",
      "Hemos recibido tu candidatura",
      """¡Hola Friederike!

Gracias por inscribirte en la oferta "HR Business Partner - Tiendas Zona Centro" de Mercadia Retail. Tu CV ya está en manos del equipo de selección.

Recuerda mantener tu perfil actualizado. ¡Mucha suerte!
""", company="Mercadia Retail", fmt="alt", cte="base64"),
]

MESSAGES = REJECTIONS + ACKS
