"""Application acknowledgements and offers (77th corpus)."""

from __future__ import annotations

from msgs77_base import JONAS, msg

A = "application_received"
OFFER = "offer"

ACKS = [
    msg(A, "karriere_at_eingang", "de", "Salzburger Landeskliniken Service", "",
        "Salzburger Landeskliniken Service <noreply@bewerbung.sls-service.test>", "01-08 22:17",
        "Eingangsbestätigung Ihrer Bewerbung – Controller:in Kostenrechnung",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Controller:in Kostenrechnung (Ref. SLS-26-007), die Sie über karriere.at an uns übermittelt haben.

Ihre Unterlagen werden nun von uns geprüft. Bitte haben Sie Verständnis, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen in Anspruch nehmen kann. Wir melden uns unaufgefordert bei Ihnen.

Mit freundlichen Grüßen
Personalservice
Salzburger Landeskliniken Service GmbH

Diese Nachricht wurde automatisch erstellt.
""", fmt="alt", cs="iso-8859-1", cte="qp"),
    msg(A, "workday_volume_no_individual", "en", "Castellane Insurance Group", "",
        "Castellane Insurance Group <castellane@myworkday.com>", "01-19 03:02",
        "Thank you for applying to Castellane Insurance Group",
        """Dear Jonas,

Thank you for your application for the role of Finance Business Partner - Claims (JR-2026-01144). We have successfully received your application and our Talent Acquisition team will now review it.

Please note that due to the high volume of applications we receive, we cannot respond to every applicant individually. If your profile matches the requirements, a member of our team will contact you within the next three weeks.

You can check the status of your application at any time in your candidate home.

Kind regards,
Castellane Insurance Group Talent Acquisition
""", fmt="html", cte="qp"),
    msg(A, "personio_danke_du", "de", "Lumivia Solar", "",
        "Lumivia Solar GmbH <jobs-noreply@personio.de>", "02-27 14:22",
        "Danke für deine Bewerbung, Jonas!",
        """Hallo Jonas,

vielen Dank für deine Bewerbung als Financial Controller (m/w/d) bei Lumivia Solar! ☀️

Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten zwei Wochen bei dir.

Sonnige Grüße
Dein People-Team von Lumivia Solar
""", fmt="html", cte="b64"),
    msg(A, "interamt_eingang", "de", "Landesamt für Finanzen Bayern", "",
        "interamt.de <noreply@interamt.test>", "02-09 08:51",
        "Bestätigung: Ihre Bewerbung auf Stellenangebot 1187342",
        """Sehr geehrter Herr Wimmer-Adeyemi,

Ihre Online-Bewerbung auf das Stellenangebot „Sachbearbeiter/in Haushalt und Controlling (m/w/d)“ (Stellen-ID 1187342), ausgeschrieben vom Landesamt für Finanzen Bayern, ist erfolgreich eingegangen und wurde an die ausschreibende Stelle weitergeleitet.

Über den weiteren Verlauf des Verfahrens werden Sie von der ausschreibenden Stelle informiert.

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.

Ihr Interamt-Team
""", cs="iso-8859-1", cte="qp"),
    msg(A, "ack_with_no_feedback_en", "en", "Morwen Estates", "",
        "Morwen Estates Careers <careers@notifications.morwenestates.test>", "03-11 11:11",
        "We've received your application",
        """Hello Jonas,

Thanks for applying for the Management Accountant vacancy at Morwen Estates. This email confirms we've got your application.

Our hiring team reviews every application carefully. Unfortunately we are unable to provide individual feedback at this stage, but if you are shortlisted we'll be in touch by 3 April. If you haven't heard from us by then, please assume that your application has not been successful on this occasion.

Thanks again for your interest.

Morwen Estates People Team
Please do not reply to this email; this mailbox is not monitored.
""", fmt="alt"),
    msg(A, "stepstone_weitergeleitet", "de", "Heimberger Haustechnik", "",
        "StepStone <noreply@stepstone.test>", "03-23 19:40",
        "Ihre Bewerbung wurde versendet: Controller (m/w/d) – Heimberger Haustechnik GmbH",
        """Hallo Jonas Wimmer-Adeyemi,

Ihre Bewerbung ist unterwegs! Wir haben Ihre Unterlagen an Heimberger Haustechnik GmbH für die Stelle „Controller (m/w/d)“ in Augsburg übermittelt.

Tipp: Legen Sie einen Job-Agenten an, damit Sie keine passenden Jobs verpassen.

Viel Erfolg!
Ihr StepStone Team
""", fmt="html", cte="qp"),
    msg(A, "sap_sf_eingang_konzern", "de", "Pyhrn Metallwerke", "",
        "Pyhrn Metallwerke Karriere <sfcareers-noreply@successfactors.eu>", "04-03 06:00",
        "Eingangsbestätigung // Application confirmation – Req. 55710",
        """Sehr geehrter Herr Wimmer-Adeyemi,

vielen Dank für Ihre Bewerbung als Senior Controller Treasury & Finanzierung (Req. 55710). Wir haben Ihre Unterlagen erhalten.

Wir prüfen Ihre Bewerbung sorgfältig und werden uns so bald wie möglich bei Ihnen melden. Der Stand Ihrer Bewerbung ist jederzeit in unserem Karriereportal einsehbar.

-----

Dear Mr. Wimmer-Adeyemi,

thank you for your application for the position Senior Controller Treasury & Finance (Req. 55710). We have received your documents and will get back to you as soon as possible.

Mit freundlichen Grüßen / Kind regards
Pyhrn Metallwerke AG – Human Resources
Pyhrn Metallwerke AG, Werksstraße 1, 4580 Windischgarsten, FN 123456x, LG Steyr
""", fmt="alt", cte="b64"),
    msg(A, "personalberater_kurz_eingang", "de", "Wendelin Wealth", "r.gruber@gruber-search.test",
        "Dr. Robert Gruber <r.gruber@gruber-search.test>", "04-16 20:58",
        "AW: Bewerbung Senior Controller – Mandat 2614",
        """Sehr geehrter Herr Wimmer-Adeyemi,

besten Dank für Ihre Unterlagen, diese sind vollständig bei mir eingelangt. Ich werde Ihr Profil in den nächsten Tagen sichten und mich dann bei Ihnen melden. Unser Mandant ist, wie in der Anzeige angedeutet, die Wendelin Wealth Privatstiftung in Salzburg.

Mit besten Grüßen
Dr. Robert Gruber
Gruber Search Partners, Salzburg
""", quote=("outlook_de", JONAS, """Sehr geehrter Herr Dr. Gruber,

anbei übermittle ich Ihnen meine Bewerbungsunterlagen für das Mandat 2614.

Mit freundlichen Grüßen
Jonas Wimmer-Adeyemi""", 1), cs="windows-1252", cte="qp"),
    msg(A, "lever_ack_en_short", "en", "Tallow Robotics", "",
        "Tallow Robotics <no-reply@hire.lever.co>", "05-02 10:03",
        "Thanks for applying to Tallow Robotics",
        """Hi Jonas,

Thanks for applying to the FP&A Manager position at Tallow Robotics! We've received your application and our team will be reviewing it shortly.

If there's a fit, we'll reach out to discuss next steps.

Tallow Robotics
""", fmt="alt"),
    msg(A, "fr_accuse_reception", "fr", "Crédit Rhodanien", "",
        "Crédit Rhodanien <recrutement-noreply@creditrhodanien.test>", "05-14 15:29",
        "Accusé de réception de votre candidature",
        """Bonjour Monsieur Wimmer-Adeyemi,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion bancaire (réf. CR-26-418) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier va être étudié avec la plus grande attention. En raison du nombre important de candidatures, nous ne serons malheureusement pas en mesure de répondre individuellement à chacun ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que nous ne donnons pas suite.

Cordialement,
La Direction des Ressources Humaines
""", cs="iso-8859-1", cte="qp"),
    msg(A, "es_recibida_infojobs", "es", "Hoteles Marisol", "",
        "Hoteles Marisol <empleo-noreply@hotelesmarisol.test>", "05-25 12:33",
        "Hemos recibido tu candidatura",
        """¡Hola Jonas!

Gracias por tu interés en formar parte de Hoteles Marisol. Hemos recibido correctamente tu candidatura para la posición de Controller Hotelero – Baleares.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en contacto contigo.

¡Mucha suerte!
Equipo de Personas · Hoteles Marisol
""", fmt="html", cte="b64"),
    msg(A, "softgarden_eingang_ngo", "de", "Stiftung Lebenshilfe Oberbayern", "",
        "Stiftung Lebenshilfe Oberbayern <no-reply@softgarden.io>", "06-05 09:05",
        "Ihre Bewerbung ist bei uns eingegangen",
        """Sehr geehrter Herr Wimmer-Adeyemi,

herzlichen Dank für Ihre Bewerbung als Referent Finanzen & Controlling (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns in den nächsten drei bis vier Wochen bei Ihnen melden. Aufgrund der hohen Zahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen abzusehen.

Mit freundlichen Grüßen
Ihre Stiftung Lebenshilfe Oberbayern
""", fmt="alt", cs="iso-8859-1", cte="qp"),
    msg(A, "taleo_received_bank", "en", "Eastbridge Bank", "",
        "Eastbridge Bank Careers <eastbridge@taleo.net>", "06-12 01:44",
        "Eastbridge Bank - Application Received - Treasury ALM Analyst (26000813)",
        """Dear Jonas Wimmer-Adeyemi,

Thank you for your interest in Eastbridge Bank. This message confirms that we have received your application for the position Treasury ALM Analyst (requisition 26000813), Dublin.

Your application will be reviewed against the requirements of the role. Unfortunately, because of the number of applications we receive, we are unable to give feedback to individual applicants at this stage.

Regards,
Eastbridge Bank Resourcing

PLEASE DO NOT REPLY TO THIS EMAIL
""", fmt="html"),
    msg(A, "mittelstand_eingang_persoenlich", "de", "Hofbauer Landtechnik", "karin.hofbauer@hofbauer-landtechnik.test",
        "Karin Hofbauer <karin.hofbauer@hofbauer-landtechnik.test>", "06-29 16:32",
        "Ihre Bewerbung",
        """Grüß Gott Herr Wimmer-Adeyemi,

danke für Ihre Bewerbung, die ist gut bei uns angekommen. Unser kaufmännischer Leiter ist gerade auf Urlaub, er kommt am 13. Juli zurück und schaut sich dann alle Bewerbungen an. Sie hören auf jeden Fall von uns.

Freundliche Grüße
Karin Hofbauer
Sekretariat
Hofbauer Landtechnik GmbH, Ried im Innkreis
"""),
    msg(A, "bamboohr_received_en", "en", "Saunalahti Sports", "",
        "Saunalahti Sports <notifications@app.bamboohr.com>", "07-03 08:17",
        "Thank you for your application!",
        """Hi Jonas,

Thank you for applying for the Financial Controller, DACH position at Saunalahti Sports. We have received your application and the hiring team will review it soon.

Because we are a small team, we may not be able to reply to everyone personally, but we read every application.

Kiitos!
Saunalahti Sports
""", fmt="alt"),
    msg(A, "uni_bewerbung_registriert", "de", "Universität Inntal", "",
        "Bewerbungsportal Universität Inntal <jobs-noreply@uni-inntal.test>", "07-20 13:01",
        "Registrierung Ihrer Bewerbung – Kennung 2026/0815",
        """Sehr geehrter Herr Wimmer-Adeyemi,

Ihre Bewerbung für die Stelle „Controller/in im Drittmittelmanagement“ wurde unter der Kennung 2026/0815 registriert.

Nach Ablauf der Bewerbungsfrist am 31.07.2026 prüft die Personalabteilung alle eingelangten Bewerbungen. Bitte haben Sie Verständnis, dass wir Ihnen vor diesem Zeitpunkt keine Auskunft zum Stand des Verfahrens geben können.

Universität Inntal
Personalabteilung
""", cs="iso-8859-1"),
    msg(A, "teamtailor_ack_es", "es", "Viveros Aranda", "",
        "Viveros Aranda <no-reply@mail.teamtailor.com>", "08-07 17:20",
        "Gracias por tu candidatura, Jonas",
        """Hola Jonas,

¡Gracias por postularte al puesto de Analista Financiero ESG en Viveros Aranda!

Hemos recibido tu solicitud y la revisaremos con atención. Debido al alto volumen de candidaturas, no podemos responder de forma individual a todas las personas, pero te escribiremos si avanzas en el proceso.

Un saludo,
El equipo de Viveros Aranda
""", fmt="html", cte="qp"),
    msg(A, "jobvite_ack_en_au", "en", "Coolabah Health", "",
        "Coolabah Health Careers <noreply@jobvite.com>", "08-20 23:59",
        "Application received - Finance Business Partner (Remote EMEA)",
        """Hi Jonas,

Thanks heaps for applying for the Finance Business Partner (Remote EMEA) role with Coolabah Health. We've received your application and our recruitment team will be in touch if you're shortlisted.

Cheers,
Coolabah Health Talent Team
""", fmt="alt"),
    msg(A, "fr_eingang_cabinet_tutoiement", "fr", "Rochefontaine", "julie@cabinet-arcane.test",
        "Julie Mercier <julie@cabinet-arcane.test>", "09-04 10:45",
        "Re: Candidature Contrôleur financier – Rochefontaine",
        """Bonjour Jonas,

Bien reçu ton CV, merci ! Je le regarde ce week-end et je reviens vers toi en début de semaine prochaine pour faire le point sur le poste chez Rochefontaine.

Belle journée,
Julie
Cabinet Arcane – Recrutement Finance
""", quote=("fr", JONAS, """Bonjour Julie,

Comme convenu au téléphone, voici mon CV pour le poste de contrôleur financier.

Bonne journée,
Jonas""", 0)),
    msg(A, "rexx_eingang_handel", "de", "Tirolia Handels", "",
        "Tirolia Handels AG <bewerbung-noreply@rexx-recruitment.test>", "09-30 07:40",
        "Eingangsbestätigung",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wir bedanken uns für Ihre Bewerbung als Controller Filialnetz (m/w/d) und bestätigen hiermit den Eingang Ihrer Unterlagen.

Wir werden uns nach Sichtung aller Bewerbungen bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Tirolia Handels AG
""", fmt="alt", cte="qp"),
]

OFFERS = [
    msg(OFFER, "angebot_dienstvertrag", "de", "Steirische Ökostrom", "martin.url@oekostrom-stmk.test",
        "Url Martin <martin.url@oekostrom-stmk.test>", "09-18 17:02",
        "Dienstvertrag",
        """Sehr geehrter Herr Wimmer-Adeyemi,

wie heute telefonisch besprochen freuen wir uns sehr, Ihnen die Position als Senior Controller (Business Partner Erzeugung) anbieten zu können.

Anbei erhalten Sie den Entwurf Ihres Dienstvertrages (Eintritt 1. Dezember 2026, Bruttojahresgehalt EUR 72.800, Einstufung nach KV Elektrizitätsunternehmen). Bitte senden Sie uns ein unterschriebenes Exemplar bis 2. Oktober zurück. Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Beste Grüße
Martin Url
Leiter Rechnungswesen & Controlling
Steirische Ökostrom AG
""", att="Dienstvertrag_Wimmer-Adeyemi_Entwurf.pdf", cs="windows-1252", cte="qp"),
    msg(OFFER, "verbal_offer_followup_en", "en", "Pellworth Analytics", "d.osei@pellworth.test",
        "Daniel Osei <d.osei@pellworth.test>", "07-02 18:40",
        "Great speaking earlier",
        """Hi Jonas,

Great speaking earlier - as discussed, we'd love to have you join as BI & Planning Manager. To recap what I said on the phone: EUR 78k base, 10% bonus target, hybrid (2 days in the Vienna office), start date flexible from 1 September.

Our People team will send the formal offer letter through DocuSign tomorrow. Shout if anything in there doesn't match what we discussed.

Really looking forward to it!
Daniel

Daniel Osei
Head of FP&A, Pellworth Analytics
""", fmt="alt"),
    msg(OFFER, "zusage_klinik", "de", "Caritas Pflege Tirol", "j.mair@caritas-pflege-tirol.test",
        "Johanna Mair <j.mair@caritas-pflege-tirol.test>", "07-14 11:25",
        "Zusage – Controller:in Pflegehäuser",
        """Sehr geehrter Herr Wimmer-Adeyemi,

nach dem sehr positiven Eindruck aus Gespräch und Hospitation freue ich mich, Ihnen mitteilen zu dürfen, dass wir Ihnen die Stelle als Controller:in für unsere Pflegehäuser gerne anbieten möchten.

Die Konditionen (30 Wochenstunden, Einstufung nach SWÖ-KV, Verwendungsgruppe 8, Überzahlung wie besprochen) fasse ich Ihnen im beiliegenden Angebotsschreiben zusammen. Vor Dienstantritt benötigen wir noch eine aktuelle Strafregisterbescheinigung (inkl. Kinder- und Jugendfürsorge).

Bitte geben Sie uns bis Ende kommender Woche Bescheid.

Herzliche Grüße
Johanna Mair
Leitung Finanzen
Caritas Pflege Tirol gemeinnützige GmbH
""", att="Angebot_Controlling.pdf", cs="windows-1252", cte="qp"),
    msg(OFFER, "conditional_offer_uk", "en", "Eastbridge Bank", "aoife.kelly@eastbridgebank.test",
        "Aoife Kelly <aoife.kelly@eastbridgebank.test>", "07-31 12:00",
        "Conditional offer of employment - Treasury ALM Analyst",
        """Dear Jonas,

Further to your recent interviews, I am delighted to confirm that Eastbridge Bank wishes to make you a conditional offer of employment for the role of Treasury ALM Analyst, based in Dublin.

This offer is conditional upon satisfactory references, a background and credit check, and confirmation of your right to work in Ireland. Please find your offer letter and contract attached. Kindly sign and return both by 14 August.

We are very much looking forward to welcoming you to the team.

Yours sincerely,
Aoife Kelly
Senior Resourcing Partner, Eastbridge Bank
Eastbridge Bank DAC is regulated by the Central Bank of Ireland.
""", att="Eastbridge_Conditional_Offer_JWA.pdf", fmt="alt"),
    msg(OFFER, "du_angebot_startup", "de", "Paynest", "jana@paynest.test",
        "Jana Wolf <jana@paynest.test>", "09-11 19:48",
        "🎉 Angebot",
        """Hey Jonas,

wir sind uns einig: wir wollen dich unbedingt im Team! Anbei unser Angebot für die Rolle als Finance Lead (Vollzeit, remote-first mit Office in München) – Fixum 82k, VSOP wie besprochen, 30 Tage Urlaub.

Lies es dir in Ruhe durch und ruf mich an, wenn du Fragen hast. Wir würden uns riesig freuen!

Beste Grüße
Jana
Paynest – Finance & People
""", att="Paynest_Angebot_Finance_Lead.pdf"),
    msg(OFFER, "fr_promesse_embauche", "fr", "Axiale Énergies", "m.rousseau@axiale-energies.test",
        "Mathilde Rousseau <m.rousseau@axiale-energies.test>", "06-08 10:06",
        "Proposition d'embauche – Business Partner Finance",
        """Bonjour Jonas,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Business Partner Finance au sein de la BU Réseaux, en CDI, basé à La Défense.

Vous trouverez ci-joint votre promesse d'embauche détaillant la rémunération (fixe annuel brut de 68 000 €, part variable jusqu'à 10 %) et la date d'entrée envisagée. Nous vous remercions de nous la retourner signée sous dix jours.

Au plaisir de vous compter parmi nous,
Mathilde Rousseau
Chargée de recrutement – Axiale Énergies
""", att="Promesse_embauche_Wimmer-Adeyemi.pdf", cs="iso-8859-1", cte="qp"),
    msg(OFFER, "es_oferta_carta", "es", "Seguros Levante", "patricia.molina@seguroslevante.test",
        "Patricia Molina <patricia.molina@seguroslevante.test>", "10-09 14:30",
        "Re: Oferta – Controller Financiero",
        """Hola Jonas:

¡Enhorabuena! Nos alegra comunicarte que queremos contar contigo como Controller Financiero en Seguros Levante.

Te adjunto la carta oferta con las condiciones que hablamos (salario bruto anual, seguro médico, teletrabajo dos días por semana). Si estás de acuerdo, devuélvenosla firmada antes del día 20 y preparamos el contrato.

Un abrazo,
Patricia Molina
Responsable de Selección – Seguros Levante
""", att="Carta_oferta_JWA.pdf", fmt="alt", quote=("es", JONAS, """Hola Patricia,

Muchas gracias por la llamada de hoy, me ha hecho mucha ilusión. Quedo a la espera de la carta.

Un saludo,
Jonas

El jue, 1 oct 2026 a las 18:05, Patricia Molina (<patricia.molina@seguroslevante.test>) escribió:
> Hola Jonas,
>
> Gracias por venir a Valencia para la entrevista final con el Director Financiero. Te llamo mañana por la tarde, ¿te va bien sobre las 17:00?
>
> Un saludo,
> Patricia
>
> El lun, 28 sept 2026 a las 9:12, Jonas Wimmer-Adeyemi (<jonas.wa@example.at>) escribió:
>> Hola Patricia,
>> confirmo la entrevista del miércoles 30 a las 10:00 en Valencia.
>> Saludos,
>> Jonas""", 1)),
    msg(OFFER, "headhunter_offer_ch", "de", "Rhyfeld Pharma", "t.kaelin@kaelin-executive.test",
        "Thomas Kälin <t.kaelin@kaelin-executive.test>", "10-05 12:44",
        "Gute Nachrichten aus Basel",
        """Grüezi Herr Wimmer-Adeyemi

Ich freue mich sehr: Rhyfeld Pharma möchte Ihnen die Stelle als Treasury Manager offerieren! Das schriftliche Angebot (CHF 128'000 + Bonus, Start 1. Januar) kommt heute noch von der HR-Abteilung direkt. Die Frage zur Aufenthaltsbewilligung (Ausweis B) übernimmt Rhyfeld.

Dürfen wir morgen kurz telefonieren, um die Details durchzugehen?

Freundliche Grüsse
Thomas Kälin
Kälin Executive Search AG, Basel
"""),
    msg(OFFER, "contract_sign_docusign_en", "en", "Vantaris Pharmaceuticals", "",
        "Vantaris People Services via DocuSign <dse_na4@docusign.net>", "08-03 09:09",
        "Please DocuSign: Vantaris_Employment_Contract_Wimmer-Adeyemi.pdf",
        """Eva Stojanović sent you a document to review and sign.

Dear Jonas,

Congratulations once again on your offer for the role of Finance Business Partner, Commercial Operations! Please review and sign your employment contract with Vantaris Pharmaceuticals AG via the link below.

REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=4f8e2b&etti=24

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", fmt="html"),
    msg(OFFER, "oeffentlich_aufnahme_zusage", "de", "Stadtgemeinde Leonding", "personal@leonding-stadt.test",
        "Stadtgemeinde Leonding - Personalamt <personal@leonding-stadt.test>", "08-10 09:10",
        "Aufnahme in den Gemeindedienst",
        """Sehr geehrter Herr Wimmer-Adeyemi!

Wir freuen uns, Ihnen mitteilen zu können, dass der Gemeinderat in seiner Sitzung vom 6. August 2026 beschlossen hat, Sie mit 1. Oktober 2026 als Vertragsbediensteten in der Finanzverwaltung aufzunehmen (Funktionslaufbahn GD 13).

Bitte setzen Sie sich zur Vereinbarung eines Termins für die Unterfertigung des Dienstvertrags mit dem Personalamt in Verbindung.

Für den Bürgermeister:
Mag. Andreas Huber
""", cs="iso-8859-1", cte="qp"),
]

MESSAGES = ACKS + OFFERS
