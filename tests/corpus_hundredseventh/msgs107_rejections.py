"""Rejections, written one by one (hundredseventh corpus)."""

from msgs107_common import M

R = "rejection"

MESSAGES = [
    M(R, "workday_soft", "en", "Hapag Nordlicht Talent Acquisition <hapagnordlicht@myworkday.com>",
      "Your application for Customs Compliance Specialist (R-20417)", "02-11 16:40",
      """Dear Yusuf,

Thank you for your interest in the Customs Compliance Specialist position (R-20417) in Hamburg and for the time you invested in your application.

After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Talent Acquisition
Hapag Nordlicht""",
      company="Hapag Nordlicht", struct="html", brand="Hapag Nordlicht", color="#e35205",
      track="https://hapagnordlicht.myworkday.com/t", logo="https://cdn.example.com/hn/logo.png",
      footer="Hapag Nordlicht Shipping GmbH · Ballindamm 9 · 20095 Hamburg · Amtsgericht Hamburg HRB 99123<br>This is an automated message. Please do not reply."),
    M(R, "absage_nach_gespraech", "de", "Katrin Pohlmann <k.pohlmann@elbkontor-logistik.example.de>",
      "Ihre Bewerbung als Zollsachbearbeiter (m/w/d)", "02-19 10:05",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank noch einmal für das angenehme Gespräch am vergangenen Donnerstag und die Zeit, die Sie sich für uns genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung mit ATLAS-Ausfuhr und AEO-Audits mitbringt.

Ihre Unterlagen senden wir Ihnen nicht zurück, sie werden gemäß DSGVO nach sechs Monaten gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Pohlmann
Personalreferentin
Elbkontor Logistik GmbH & Co. KG
Am Sandtorkai 41 · 20457 Hamburg
Tel. +49 40 555 213 40
Geschäftsführer: Jens Elbers, Mareike Oltmanns · Amtsgericht Hamburg HRA 12 334""",
      company="Elbkontor Logistik", contact="k.pohlmann@elbkontor-logistik.example.de",
      cs="iso-8859-1", cte="qp"),
    M(R, "one_line", "de", "Jörn Behrends <jb@behrends-spedition.example.de>", "AW: Bewerbung",
      "03-02 07:48",
      """Moin Herr Demirci, die Stelle ist leider schon weg. Gruß J. Behrends

Von: Yusuf Demirci-Lindqvist <yusuf.dl@example.se>
Gesendet: Sonntag, 1. März 2026 19:22
An: jb@behrends-spedition.example.de
Betreff: Bewerbung

Sehr geehrter Herr Behrends,
anbei meine Bewerbung als Disponent Seefracht. Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.
Viele Grüße
Yusuf Demirci-Lindqvist""",
      company="Behrends Spedition", contact="jb@behrends-spedition.example.de",
      irt="<CAY7d1x9aQ@mail.example.se>", cs="windows-1252", cte="8bit"),
    M(R, "greenhouse_hold", "en", "Portside Analytics via Greenhouse <no-reply@greenhouse-mail.io>",
      "Update on your application", "03-05 18:02",
      """Hi Yusuf,

I wanted to reach out personally with an update. Due to a change in our 2026 hiring plan, the Trade Operations Analyst role in Rotterdam has been put on hold and we will not proceed with any candidates for now.

I'm sorry to deliver this news after you made it to the second round. If the role reopens we will not automatically reconsider existing applications, so please do apply again.

Best,
Femke de Wit
People Partner, Portside Analytics""",
      company="Portside Analytics", contact="femke.dewit@portside-analytics.example.nl",
      reply_to="Femke de Wit <femke.dewit@portside-analytics.example.nl>", struct="alt",
      brand="Portside Analytics", color="#0a7c6f", track="https://click.greenhouse-mail.io/o/8812",
      footer="Powered by Greenhouse · <a href='https://click.greenhouse-mail.io/u/8812'>Privacy</a>"),
    M(R, "refus_vous", "fr", "Recrutement Normandie Portuaire <recrutement@normandie-portuaire.example.fr>",
      "Votre candidature – Déclarant en douane H/F – Le Havre", "03-09 11:30",
      """Monsieur,

Nous avons bien étudié votre candidature au poste de Déclarant en douane au sein de notre agence du Havre et nous vous remercions de l'intérêt porté à notre société.

Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, votre profil ne correspondant pas tout à fait à nos besoins actuels, notamment concernant la maîtrise du français juridique et douanier.

Nous conservons toutefois vos coordonnées dans notre vivier.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Service Recrutement
Normandie Portuaire SAS – Quai de l'Europe, 76600 Le Havre""",
      company="Normandie Portuaire", contact="recrutement@normandie-portuaire.example.fr",
      cs="iso-8859-1", cte="qp", hdr_cs="iso-8859-1"),
    M(R, "filled_internally", "en", "Liam O'Connell <liam.oconnell@brightfreight.example.com>",
      "Re: Import Coordinator - Antwerp", "03-12 14:17",
      """Hi Yusuf,

Quick one - I'm afraid the Import Coordinator position has been filled internally; one of our team in Ghent asked for the move and we went with her.

Thanks for being so patient with us. I'll keep your CV on file.

Liam

Liam O'Connell | Hiring Manager Benelux | BrightFreight
Registered in England No 08812734. Registered office: 12 Dock Street, London E1 8JP

On Tue, 10 Mar 2026 at 09:02, Yusuf Demirci-Lindqvist <yusuf.dl@example.se> wrote:
> Hi Liam, just checking in on the Import Coordinator role - I'm still very keen and would be happy to come for an interview in Antwerp any day next week.
> Best, Yusuf""",
      company="BrightFreight", contact="liam.oconnell@brightfreight.example.com",
      irt="<CAY7dm2k10@mail.example.se>", cs="utf-8", cte="8bit"),
    M(R, "smartrecruiters_de", "de", "Nordchem Karriere <noreply@smartrecruiters.com>",
      "Ihre Bewerbung bei NORDCHEM", "03-16 09:00",
      """Hallo Yusuf,

danke für Ihre Bewerbung als Specialist Export Control (m/w/d) am Standort Brunsbüttel.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung in diesem Auswahlverfahren nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Wir würden uns freuen, wenn Sie sich weiterhin über unsere Karriereseite informieren.

Freundliche Grüße
Ihr Recruiting-Team der NORDCHEM""",
      company="NORDCHEM", struct="html", brand="NORDCHEM", color="#004b87",
      track="https://trk.smartrecruiters.com/nc/2291", button=("Karriereseite besuchen", "https://trk.smartrecruiters.com/c/2291?u=careers"),
      footer="NORDCHEM AG · Vorstand: Dr. H. Kreutzer (Vors.), S. Malmberg · Sitz Hamburg · Registergericht Hamburg HRB 70011 · <a href='https://trk.smartrecruiters.com/unsub/2291'>Benachrichtigungen abbestellen</a>"),
    M(R, "initiativ_absage", "de", "Personalabteilung Hansetor Zollagentur <personal@hansetor-zoll.example.de>",
      "Ihre Initiativbewerbung", "03-20 13:45",
      """Sehr geehrter Herr Demirci-Lindqvist,

herzlichen Dank für Ihre Initiativbewerbung und Ihr Interesse an einer Mitarbeit in unserer Zollagentur.

Derzeit haben wir keine passende Vakanz zu besetzen und planen auch in den nächsten Monaten keine Neueinstellungen im Bereich Zollabwicklung. Wir müssen Ihnen daher leider absagen.

Mit freundlichen Grüßen
i. A. Sabine Kröger
Hansetor Zollagentur
Bremen""",
      company="Hansetor Zollagentur", contact="personal@hansetor-zoll.example.de",
      cs="windows-1252", cte="qp"),
    M(R, "lever_postinterview", "en", "Kaskade Robotics <no-reply@hire.lever.co>",
      "Kaskade Robotics - Supply Chain Coordinator", "03-24 17:55",
      """Hi Yusuf,

Thanks so much for taking the time to speak with Anders and the ops team last week. We enjoyed learning about your work on the Hamburg-Gothenburg feeder schedules.

After a lot of discussion we've decided not to move forward with your candidacy. The team felt we need someone with deeper hands-on experience in battery transport regulations (ADR class 9) at this stage.

We wish you the very best in your search.

Warmly,
Maja Eklund
Recruiting @ Kaskade""",
      company="Kaskade Robotics", struct="plain", cs="utf-8", cte="qp"),
    M(R, "agency_mandate", "de", "Dr. Ralf Timmermann <timmermann@timmermann-partner.example.de>",
      "Ihre Kandidatur – Leitung Zoll & Außenwirtschaft", "03-27 08:31",
      """Sehr geehrter Herr Demirci-Lindqvist,

wie telefonisch angekündigt, melde ich mich mit dem Ergebnis der Vorauswahl für das von uns betreute Mandat "Leitung Zoll & Außenwirtschaft" bei einem mittelständischen Industrieunternehmen in Norddeutschland.

Unser Mandant hat sich nach Sichtung der Kurzprofile für andere Kandidaten entschieden, deren Führungserfahrung umfangreicher ist. Ich bedauere das, denn Ihr Werdegang hat mich persönlich überzeugt.

Gern würde ich Sie bei künftigen Mandaten wieder ansprechen.

Mit besten Grüßen
Dr. Ralf Timmermann
Partner
Timmermann & Partner Personalberatung
Neuer Wall 50 | 20354 Hamburg | +49 40 3330 7781""",
      company="Timmermann & Partner Personalberatung", contact="timmermann@timmermann-partner.example.de"),
    M(R, "teamtailor_es", "es", "Marítima Levante <no-reply@teamtailor-mail.com>",
      "Actualización sobre tu candidatura", "04-01 12:12",
      """Hola Yusuf:

Gracias por tu interés en Marítima Levante y por presentarte al puesto de Técnico/a de Aduanas en Valencia.

Hemos recibido un gran número de candidaturas y, tras revisarlas con detenimiento, hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Te animamos a seguir atento/a a nuestras ofertas.

Un saludo,
Equipo de Personas
Marítima Levante""",
      company="Marítima Levante", struct="html", brand="Marítima Levante", color="#c8102e",
      track="https://t.teamtailor-mail.com/p/55a1", logo="https://assets.teamtailor-cdn.example.com/ml/logo.svg",
      footer="Marítima Levante S.L. · Muelle de Poniente s/n · 46024 València · <a href='https://t.teamtailor-mail.com/unsubscribe/55a1'>Darse de baja</a>"),
    M(R, "personio_kurz", "de", "Fjordwerk Logistics <jobs@fjordwerk.personio.de>",
      "Absage: Werkstudent*in Zollabwicklung / Junior Customs", "04-03 15:28",
      """Hallo Yusuf,

vielen Dank für deine Bewerbung und dein Interesse an Fjordwerk!

Wir haben uns die Unterlagen genau angesehen und uns am Ende für jemanden entschieden, der/die schon länger bei uns als Werkstudent*in war. Daher müssen wir dir leider absagen.

Alles Gute für dich und vielleicht bis bald,
Lena vom Fjordwerk People Team""",
      company="Fjordwerk Logistics", struct="alt", brand="Fjordwerk", color="#2d6a4f",
      track="https://fjordwerk.personio.de/t", footer="Fjordwerk Logistics GmbH · Stresemannstraße 23 · 22769 Hamburg · Datenschutz"),
    M(R, "after_assessment_de", "de", "Marlene Voss <marlene.voss@weserport.example.de>",
      "Rückmeldung Assessment Center", "04-07 10:22",
      """Guten Morgen Herr Demirci-Lindqvist,

nochmals danke für Ihre Teilnahme an unserem Assessment Center am 31.03. in Bremerhaven.

Nach Abstimmung mit der Fachabteilung müssen wir Ihnen heute leider mitteilen, dass wir Ihnen keine Zusage geben können. Besonders in der Fallstudie zur Tarifierung haben andere Kandidaten sicherer abgeschnitten.

Wenn Sie möchten, gebe ich Ihnen gern in einem kurzen Telefonat ein ausführlicheres Feedback – rufen Sie mich einfach an.

Beste Grüße
Marlene Voss
HR Business Partnerin | WeserPort Terminals
T +49 471 998 1204
www.weserport.example.de""",
      company="WeserPort Terminals", contact="marlene.voss@weserport.example.de",
      cs="utf-8", cte="b64"),
    M(R, "refus_interim", "fr", "Camille Roussel <c.roussel@anvers-interim.example.be>",
      "Re: Poste gestionnaire transit", "04-09 16:03",
      """Bonjour Yusuf,

Je reviens vers vous concernant le poste de gestionnaire transit chez notre client Scaldis Forwarding à Anvers. Le client a finalement retenu un autre profil, néerlandophone natif.

Je suis désolée, je garde votre CV et je vous recontacte dès qu'un poste similaire se présente.

Bonne journée,
Camille

Camille Roussel – Consultante
Anvers Intérim – Meir 22, 2000 Antwerpen

Le 2 avr. 2026 à 11:40, Yusuf Demirci-Lindqvist <yusuf.dl@example.se> a écrit :
> Bonjour Camille, merci pour l'entretien téléphonique. Je confirme mon intérêt pour le poste et ma disponibilité pour un entretien sur place.""",
      company="Scaldis Forwarding", contact="c.roussel@anvers-interim.example.be",
      irt="<5F2A9C1E-77B0@example.se>", cs="utf-8", cte="qp"),
    M(R, "icims_nicht_weiter", "de", "Careers at Rhenania Chemie <rhenania-chemie@icims.com>",
      "Statusänderung Ihrer Bewerbung - Req 11873", "04-14 06:15",
      """Sehr geehrte/r Yusuf Demirci-Lindqvist,

der Status Ihrer Bewerbung für die Position "Trade Compliance Analyst (m/w/d)" hat sich geändert.

Status: Nicht weiter berücksichtigt

Wir danken Ihnen für Ihr Interesse an der Rhenania Chemie und wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen.""",
      company="Rhenania Chemie", struct="html", brand="Rhenania Chemie", color="#5b2c83",
      track="https://careers-rhenania.icims.com/px", footer="Rhenania Chemie SE · Sitz: Ludwigshafen · Registergericht Ludwigshafen HRB 6002"),
    M(R, "terse_mobile_en", "en", "Pieter Janssens <pieter@stevedoring-janssens.example.be>",
      "Re: Shift planner role", "04-16 21:47",
      """Sorry Yusuf, we went with someone local. Good luck!

Sent from my iPhone

> On 16 Apr 2026, at 18:03, Yusuf Demirci-Lindqvist <yusuf.dl@example.se> wrote:
>
> Hi Pieter, any news on the shift planner role? Happy to come by for an interview on Friday.""",
      company="Stevedoring Janssens", contact="pieter@stevedoring-janssens.example.be",
      irt="<A11B7E6F-3C2D@example.se>", cs="utf-8", cte="8bit"),
    M(R, "successfactors_de", "de", "Bundesanstalt für Hafenlogistik <bewerbermanagement@successfactors.eu>",
      "Auswahlverfahren Kennziffer BHL-2026-014", "04-20 12:00",
      """Sehr geehrter Herr Demirci-Lindqvist,

wir bedanken uns für Ihre Bewerbung im Auswahlverfahren mit der Kennziffer BHL-2026-014 (Sachbearbeitung Außenwirtschaftsrecht, EG 11 TVöD).

Nach Prüfung der eingegangenen Bewerbungen anhand des Anforderungsprofils teilen wir Ihnen mit, dass Sie nicht in die engere Wahl einbezogen werden konnten. Maßgeblich war das Fehlen eines abgeschlossenen Hochschulstudiums (Diplom/Bachelor) in einem einschlägigen Fach.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Referat Z 2 – Personal
Bundesanstalt für Hafenlogistik, Bremen""",
      company="Bundesanstalt für Hafenlogistik", cs="iso-8859-1", cte="qp", hdr_cs="iso-8859-1"),
    M(R, "rechazo_breve", "es", "Lucía Ferrer <lferrer@transitarios-turia.example.es>",
      "RE: Candidatura agente de aduanas", "04-22 13:40",
      """Buenas tardes Yusuf,

Le agradezco el interés. Lamentablemente el puesto ya está cubierto y de momento no tenemos otras vacantes.

Saludos cordiales,
Lucía Ferrer
Transitarios Turia
Av. del Puerto 180, Valencia

-----Mensaje original-----
De: Yusuf Demirci-Lindqvist [mailto:yusuf.dl@example.se]
Enviado el: lunes, 20 de abril de 2026 9:15
Para: lferrer@transitarios-turia.example.es
Asunto: Candidatura agente de aduanas

Estimada Sra. Ferrer: le envío mi candidatura para el puesto de agente de aduanas. Quedo a su disposición para una entrevista.""",
      company="Transitarios Turia", contact="lferrer@transitarios-turia.example.es",
      irt="<CAY7eR55z@mail.example.se>", cs="windows-1252", cte="qp"),
    M(R, "ashby_generic", "en", "Nordhavn Freight Tech <no-reply@ashbyhq.com>",
      "Your application to Nordhavn", "04-27 10:10",
      """Hi Yusuf,

Thank you for applying to the Customs Operations Lead role at Nordhavn. We've reviewed your application and unfortunately won't be moving forward at this time.

We receive a high volume of applications and aren't able to provide individual feedback.

All the best,
The Nordhavn Team""",
      company="Nordhavn Freight Tech", struct="html", brand="Nordhavn", color="#111827",
      track="https://ashbyhq.com/e/o/9fa", footer="Nordhavn Freight Tech ApS · Sankt Annæ Plads 11 · 1250 København K"),
    M(R, "stelle_entfaellt", "de", "Thomas Grünwald <thomas.gruenwald@alpentrans.example.ch>",
      "Ihre Bewerbung Zolldeklarant", "05-04 09:37",
      """Grüezi Herr Demirci-Lindqvist

Ich muss Ihnen leider mitteilen, dass die ausgeschriebene Stelle als Zolldeklarant in Basel aufgrund einer Reorganisation ersatzlos gestrichen wurde. Wir werden sie nicht neu besetzen und das Verfahren ist damit für alle Bewerbenden abgeschlossen.

Das für kommenden Dienstag geplante Gespräch findet deshalb nicht statt.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen viel Erfolg.

Freundliche Grüsse
Thomas Grünwald
Leiter Zoll & Transit
AlpenTrans AG, Zürich""",
      company="AlpenTrans", contact="thomas.gruenwald@alpentrans.example.ch"),
    M(R, "softgarden_de", "de", "Hanseatische Hafenbetriebe <noreply@softgarden.io>",
      "Ihre Bewerbung als Teamleitung Import", "05-08 14:44",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank für Ihre Bewerbung als Teamleitung Import (m/w/d) und das damit verbundene Vertrauen in die Hanseatische Hafenbetriebe.

Bei der Vielzahl an qualifizierten Bewerbungen ist uns die Auswahl nicht leichtgefallen. Leider können wir Sie bei der Besetzung dieser Position nicht berücksichtigen.

Gerne möchten wir Ihre Daten in unseren Talentpool aufnehmen. Wenn Sie einverstanden sind, klicken Sie bitte auf den folgenden Link.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
      company="Hanseatische Hafenbetriebe", struct="alt", brand="Hanseatische Hafenbetriebe", color="#003d6b",
      track="https://hhb.softgarden.io/trk", button=("In Talentpool aufnehmen", "https://hhb.softgarden.io/go/tp?x=771"),
      footer="Hanseatische Hafenbetriebe AG · Bei St. Annen 1 · 20457 Hamburg · Vorstand: A. Thiele"),
    M(R, "refus_tu_startup", "fr", "Hugo Marchand <hugo@douanelib.example.fr>", "Suite à notre échange",
      "05-12 19:20",
      """Salut Yusuf,

Merci encore pour le call de mardi, c'était super sympa d'échanger avec toi.

On a pris le temps d'en discuter avec l'équipe et on ne va pas aller plus loin pour le poste d'Ops Manager : on cherche finalement quelqu'un basé à Paris à plein temps, et ça ne colle pas avec ta situation à Hambourg.

Je te souhaite vraiment le meilleur pour la suite !

Hugo
CEO @ DouaneLib""",
      company="DouaneLib", contact="hugo@douanelib.example.fr"),
    M(R, "bamboo_en", "en", "Careers at Kattegat Cold Chain <notifications@bamboohr.com>",
      "Regarding your application for Compliance Coordinator", "05-15 08:05",
      """Dear Yusuf,

Thank you for your interest in the Compliance Coordinator position with Kattegat Cold Chain in Gothenburg. We appreciate the time you took to apply.

We regret to inform you that we have selected another candidate whose qualifications better meet our needs at this time.

Sincerely,
Kattegat Cold Chain Hiring Team""",
      company="Kattegat Cold Chain", struct="html", brand="Kattegat Cold Chain", color="#0077b6",
      footer="Kattegat Cold Chain AB · Göteborg · This email was sent by BambooHR on behalf of Kattegat Cold Chain."),
    M(R, "zwischenbescheid_absage", "de", "Lina Hartwig <lina.hartwig@dahlmann-co.example.de>",
      "Re: Ihre Bewerbung / Rückfrage", "05-21 11:58",
      """Hallo Herr Demirci-Lindqvist,

entschuldigen Sie bitte die lange Wartezeit. Inzwischen haben wir die Position Exportsachbearbeitung mit einer internen Kollegin besetzt; sie wechselt aus unserem Vertrieb.

Ihre Bewerbung können wir deshalb nicht weiter verfolgen. Ich hätte Ihnen gern eine bessere Nachricht geschickt.

Viele Grüße aus Bremen
Lina Hartwig
Dahlmann & Co. – Kaffeeimport seit 1889

Am 18.05.2026 um 08:12 schrieb Yusuf Demirci-Lindqvist <yusuf.dl@example.se>:
> Sehr geehrte Frau Hartwig,
> ich wollte höflich nachfragen, ob es schon einen Termin für ein Vorstellungsgespräch gibt. Eine Einladung würde mich sehr freuen.
> Mit freundlichen Grüßen
> Yusuf Demirci-Lindqvist""",
      company="Dahlmann & Co.", contact="lina.hartwig@dahlmann-co.example.de",
      irt="<CAY7f1Q2@mail.example.se>", cs="iso-8859-1", cte="8bit"),
    M(R, "taleo_en_caps", "en", "Meridian Retail Group <careers@taleo.net>",
      "Requisition 26-0331 Import Compliance Specialist - Status Update", "05-26 23:10",
      """Dear Yusuf Demirci-Lindqvist,

Thank you for applying for Requisition 26-0331, Import Compliance Specialist, Hamburg Distribution Centre.

We have reviewed your qualifications against the requirements of the position. We regret to inform you that you have NOT been selected to proceed further in the recruitment process for this requisition.

Your profile will remain in our database, and you may apply for other openings.

Meridian Retail Group - Global Talent Acquisition
PLEASE DO NOT RESPOND TO THIS MESSAGE. THIS MAILBOX IS NOT MONITORED.""",
      company="Meridian Retail Group", cs="utf-8", cte="qp"),
    M(R, "absage_du_agentur", "de", "Jana von PortJobs <jana.krueger@portjobs-personal.example.de>",
      "Leider keine guten News :(", "06-02 17:34",
      """Hey Yusuf,

leider hat sich die Reederei Carstensen gegen dich entschieden – die wollten am Ende doch jemanden mit Schiffsmakler-Ausbildung. Sorry!!

Ich hab aber noch 2-3 andere Sachen in der Pipeline, melde mich nächste Woche bei dir!

LG Jana

Jana Krüger | Personalberaterin | PortJobs Personal GmbH | 0171 555 8832""",
      company="Reederei Carstensen", contact="jana.krueger@portjobs-personal.example.de"),
    M(R, "oeffentlich_ch", "de", "\"Kanton Basel-Stadt, Personal\" <jobs@personal.bs-verwaltung.example.ch>",
      "Ihre Bewerbung: Fachspezialist/in Zoll und Verkehr (80–100 %)", "06-10 10:00",
      """Sehr geehrter Herr Demirci-Lindqvist

Wir danken Ihnen für Ihre Bewerbung und das Interesse an einer Tätigkeit bei der kantonalen Verwaltung.

Nach sorgfältiger Prüfung aller Dossiers müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Ausschlaggebend waren insbesondere die Anforderungen an die Kenntnisse des schweizerischen Zollrechts.

Wir bitten um Verständnis, dass wir keine weiteren Auskünfte erteilen.

Freundliche Grüsse

Amt für Mobilität, Basel-Stadt
Personaldienst""",
      company="Amt für Mobilität, Basel-Stadt", contact="jobs@personal.bs-verwaltung.example.ch",
      cs="iso-8859-1", cte="qp"),
    M(R, "workable_after_call", "en", "Skagen Marine Supplies <noreply@workablemail.com>",
      "Skagen Marine Supplies: Procurement & Customs Coordinator", "06-18 15:00",
      """Hello Yusuf,

Thank you for speaking with us about the Procurement & Customs Coordinator role in Copenhagen.

We regret to let you know that we will not be taking your application further. It was a close decision.

Please feel free to reply to Sofie directly at sofie.holm@skagen-marine.example.dk if you'd like feedback.

Best regards,
Sofie Holm
Skagen Marine Supplies""",
      company="Skagen Marine Supplies", contact="sofie.holm@skagen-marine.example.dk",
      reply_to="sofie.holm@skagen-marine.example.dk", struct="html", brand="Skagen Marine Supplies",
      color="#1b4965", track="https://workablemail.com/e/ops/8fe", footer="Sent via Workable · <a href='https://workablemail.com/unsub/8fe'>Unsubscribe</a>"),
    M(R, "rechazo_usted_largo", "es", "Recursos Humanos Puerto Seco Sagunto <rrhh@puertoseco-sagunto.example.es>",
      "Proceso de selección Responsable de Operaciones Aduaneras", "06-25 09:18",
      """Estimado Sr. Demirci-Lindqvist:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de Responsable de Operaciones Aduaneras y las dos entrevistas mantenidas con nuestro equipo.

Tras valorar todas las candidaturas finalistas, lamentamos comunicarle que hemos optado por otro candidato cuya experiencia en el régimen de depósito aduanero se ajusta mejor a las necesidades actuales.

Conservaremos su currículum, con su consentimiento, para futuros procesos.

Atentamente,

Departamento de Recursos Humanos
Puerto Seco de Sagunto
Tel. 962 00 00 00""",
      company="Puerto Seco de Sagunto", contact="rrhh@puertoseco-sagunto.example.es",
      cs="iso-8859-1", cte="8bit", hdr_cs="iso-8859-1"),
    M(R, "absage_vertraulich", "de", "Career Service Kühne Gruppe <bewerbung@kuehne-gruppe-hamburg.example.de>",
      "Ihre Bewerbung - Referenz KG-4471", "07-06 08:50",
      """Sehr geehrter Herr Demirci-Lindqvist,

wir danken Ihnen für Ihre Bewerbung. Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber entschieden haben.

Mit freundlichen Grüßen
Kühne Gruppe Hamburg – Personalmanagement

--
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.""",
      company="Kühne Gruppe Hamburg", contact="bewerbung@kuehne-gruppe-hamburg.example.de",
      struct="html", html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Demirci-Lindqvist,</p>
<p>wir danken Ihnen f&uuml;r Ihre Bewerbung. Nach eingehender Pr&uuml;fung m&uuml;ssen wir Ihnen leider mitteilen, dass wir uns f&uuml;r andere Bewerber entschieden haben.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br><b>K&uuml;hne Gruppe Hamburg</b> &ndash; Personalmanagement</p>
<p style="font-size:8pt;color:#808080">Diese E-Mail enth&auml;lt vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.</p>
</body></html>""", cs="windows-1252", cte="qp"),
    M(R, "refus_apres_entretien_ch", "fr", "Sandrine Aubert <sandrine.aubert@lemanfret.example.ch>",
      "Entretien du 9 juillet – décision", "07-15 17:02",
      """Bonjour Monsieur Demirci-Lindqvist,

Je vous remercie encore pour l'entretien du 9 juillet dans nos bureaux de Zurich.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature : le poste requiert un français courant à l'écrit pour les échanges avec l'administration fédérale des douanes, et nous avons trouvé ce profil chez un autre candidat.

Je vous adresse mes meilleurs vœux pour la suite.

Sandrine Aubert
Responsable RH – LémanFret SA""",
      company="LémanFret", contact="sandrine.aubert@lemanfret.example.ch", cs="utf-8", cte="b64"),
    M(R, "absage_maerz_kurz_caps", "de", "Speditionsbuero Ohlsen <info@ohlsen-spedition.example.de>",
      "ABSAGE", "08-03 12:01",
      """Sehr geehrter Herr Demirci,

danke fuer Ihre Bewerbung. Wir haben die Stelle als Disponent inzwischen vergeben.

Mit freundlichem Gruss
Ohlsen Spedition, Cuxhaven""",
      company="Ohlsen Spedition", contact="info@ohlsen-spedition.example.de", cs="utf-8", cte="8bit"),
]
