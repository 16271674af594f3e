"""Rejections in the 79th corpus (data only; see make_seventyninth.py)."""

from msgs79_base import m

R = "rejection"

MESSAGES = [
    m(R, "fr", "spf_jury_negatif", "Service public fédéral Stratégie et Appui <ne-pas-repondre@travaillerpour.example.be>",
      "Résultat de votre sélection - Attaché affaires européennes (AFG26043)", "2026-02-11 14:02 +0100",
      """Madame Kouassi-Berger,

Nous vous remercions pour votre participation à la sélection comparative AFG26043 « Attaché affaires européennes » pour le SPF Affaires étrangères.

Après examen de votre épreuve écrite, nous sommes au regret de vous informer que vous n'avez pas obtenu le score minimum requis (12/20) pour être admise à l'entretien avec le jury. Votre score : 10,5/20.

Vous pouvez consulter le détail de vos résultats dans votre compte My Selor. Une demande de feedback peut être introduite dans les 30 jours.

Nous vous souhaitons plein succès dans vos démarches futures.

Travaillerpour.be
Ce message est généré automatiquement, merci de ne pas y répondre.""",
      co="SPF Affaires étrangères", fmt="alt", cs="iso-8859-1", brand="Travaillerpour.be"),
    m(R, "fr", "commune_poste_pourvu", "Sophie Vandenplas <s.vandenplas@ixelles.example.be>",
      "Votre candidature - chargé(e) de projets Agenda 21", "2026-01-27 10:41 +0100",
      """Bonjour Madame,

Je reviens vers vous concernant votre candidature au poste de chargée de projets Agenda 21 local.

Le poste a été pourvu en interne, par mobilité. Nous ne pourrons donc pas donner suite à votre candidature, qui a pourtant retenu notre attention.

Bien à vous,

Sophie Vandenplas
Service GRH - Commune d'Ixelles
Chaussée d'Ixelles 168, 1050 Ixelles
T. 02 515 61 11""",
      co="Commune d'Ixelles", cs="windows-1252", cte="qp"),
    m(R, "fr", "ong_apres_entretien", "Aurélie Mbaye <aurelie.mbaye@solidarite-nordsud.example.org>",
      "Re: Entretien du 3 mars", "2026-03-12 18:22 +0100",
      """Chère Maëlle,

Merci encore pour le temps que tu nous as consacré la semaine dernière, on a vraiment apprécié l'échange.

Après pas mal de discussions en équipe, on a décidé de poursuivre avec une autre candidate dont l'expérience en gestion de subsides DGD est plus directement mobilisable. Ça a été un choix difficile.

Si tu le souhaites, je peux te faire un retour plus détaillé par téléphone.

Belle fin de semaine,
Aurélie

--
Aurélie Mbaye | Coordinatrice RH & Admin
Solidarité Nord-Sud asbl
+32 2 544 18 70

Le mar. 3 mars 2026 à 16:05, Maëlle Kouassi-Berger <maelle.kb@example.be> a écrit :
> Bonjour Aurélie,
> Merci pour l'entretien de ce matin, au plaisir de vous lire.
> Maëlle""",
      co="Solidarité Nord-Sud", thread=["example.be"]),
    m(R, "en", "greenhouse_soft", "Verdant Grid Partners <no-reply@us.greenhouse-mail.io>",
      "Your application to Verdant Grid Partners", "2026-02-04 22:13 +0000",
      """Hi Maëlle,

Thank you for your interest in the Senior Public Affairs Manager, EU position at Verdant Grid Partners and for taking the time to apply.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your details on file and may reach out should a suitable opening come up. We wish you all the best in your search.

Best regards,
The Verdant Grid Partners Team""",
      co="Verdant Grid Partners", fmt="html"),
    m(R, "fr", "cabinet_relais", "Thibault Lemaire <tlemaire@lemaire-associes.example.fr>",
      "Mission Responsable RSE - retour client", "2026-04-08 09:05 +0200",
      """Bonjour Maëlle,

Je viens d'avoir un retour de mon client (groupe de distribution lyonnais, je peux maintenant vous le dire : il s'agit de Maison Berthollet). Ils ont fait le choix d'un profil plus orienté reporting extra-financier / CSRD, et ne souhaitent pas poursuivre avec vous pour le poste de Responsable RSE.

Je suis sincèrement désolé, votre passage devant le DRH avait pourtant été bien perçu.

Je garde votre dossier en tête pour les prochaines missions, et n'hésitez pas à me faire signe.

Cordialement,

Thibault Lemaire
Associé
Lemaire & Associés - Conseil en recrutement
06 71 22 48 90""",
      co="Maison Berthollet"),
    m(R, "en", "terse_mobile", "Greg Holloway <greg.holloway@brightquay.example.com>",
      "Re: Programme Manager role", "2026-03-19 07:58 +0000",
      """Hi Maelle - thanks for your time, but we won't be moving forward. Good luck with the search.

Greg

Sent from my iPhone

> On 17 Mar 2026, at 15:40, Maëlle Kouassi-Berger <maelle.kb@example.be> wrote:
>
> Hi Greg, just checking in on the Programme Manager role after our call last week.""",
      co="Brightquay", thread=["example.be"]),
    m(R, "de", "stepstone_absage", "Personalabteilung Stadtwerke Rheinau <bewerbung@stadtwerke-rheinau.example.de>",
      "Ihre Bewerbung als Referentin Nachhaltigkeit (m/w/d)", "2026-02-18 11:30 +0100",
      """Sehr geehrte Frau Kouassi-Berger,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

i. A. Kerstin Ballhaus
Personalabteilung
Stadtwerke Rheinau GmbH
Am Hafen 4, 68219 Mannheim""",
      co="Stadtwerke Rheinau", cs="iso-8859-1", cte="qp"),
    m(R, "fr", "workday_poste_annule", "Transports Rhône-Saône <trs@myworkday.example.com>",
      "Mise à jour concernant votre candidature", "2026-05-06 06:12 +0000",
      """Bonjour Maëlle,

Nous vous remercions de l'intérêt que vous portez à Transports Rhône-Saône et au poste de Chargé(e) de relations institutionnelles (R-04417).

Nous vous informons que ce recrutement a été suspendu suite à une réorganisation interne. Par conséquent, nous ne donnerons pas suite aux candidatures reçues pour ce poste.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières.

Cordialement,
Direction des Ressources Humaines
Transports Rhône-Saône""",
      co="Transports Rhône-Saône", ct="", fmt="html", brand="Transports Rhône-Saône"),
    m(R, "en", "uk_shant_progress", "Harriet Pemberton <harriet.pemberton@ashcombe-trust.example.org.uk>",
      "Policy & Grants Officer - outcome", "2026-04-22 16:47 +0100",
      """Dear Maëlle,

Thank you for attending the panel interview on Friday and for the written exercise, which the panel read with interest.

I'm afraid we shan't be progressing your application on this occasion. The panel felt another candidate had more direct experience of UK statutory grant schemes.

Should you wish to have feedback, do let me know and I'll arrange a call.

Kind regards,

Harriet Pemberton
Head of People
The Ashcombe Trust
Registered charity no. 1099123. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
      co="The Ashcombe Trust", cs="windows-1252"),
    m(R, "fr", "quebec_ministere", "Dotation - Ministère des Relations internationales <dotation@mrif.example.gouv.qc.ca>",
      "Processus de dotation 12345RS9820062026-1", "2026-06-10 13:15 -0400",
      """Madame,

Nous avons le regret de vous informer que votre candidature n'a pas été retenue à l'issue de l'examen d'admissibilité pour l'emploi de conseillère en affaires internationales (classe 105).

Les candidatures retenues présentaient une adéquation plus marquée avec les exigences de l'emploi.

Veuillez agréer, Madame, nos salutations distinguées.

Direction des ressources humaines
Ministère des Relations internationales et de la Francophonie""",
      co="Ministère des Relations internationales et de la Francophonie", cs="iso-8859-1", cte="b64"),
    m(R, "es", "madrid_descartada", "Lucía Fernández <lfernandez@fundacion-horizonte.example.es>",
      "Proceso de selección - Técnica de proyectos europeos", "2026-03-03 12:01 +0100",
      """Hola Maëlle:

Te escribo para agradecerte tu participación en el proceso de selección para el puesto de Técnica de proyectos europeos.

Lamentablemente, hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más a lo que buscamos en este momento, sobre todo en gestión de Horizonte Europa.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Lucía Fernández
Responsable de Personas
Fundación Horizonte Sostenible
Calle de Alcalá 118, 28009 Madrid""",
      co="Fundación Horizonte Sostenible", cs="iso-8859-1", cte="qp"),
    m(R, "fr", "teamtailor_court", "Ecotrace <no-reply@mail.teamtailor.example.com>",
      "Ecotrace - ta candidature", "2026-01-15 19:44 +0100",
      """Salut Maëlle,

Merci d'avoir postulé chez Ecotrace pour le poste de Sustainability Lead ! On a reçu beaucoup de candidatures et, après réflexion, on ne va pas avancer avec ton profil pour cette fois.

On te souhaite le meilleur pour la suite 🌱

L'équipe Ecotrace""",
      co="Ecotrace", fmt="alt", brand="Ecotrace"),
    m(R, "en", "indian_regret", "Ritika Sharma <ritika.sharma@anantaconsult.example.in>",
      "Application status - Manager, ESG Advisory (Brussels)", "2026-05-14 08:19 +0530",
      """Dear Maelle,

Greetings from Ananta Consulting!

With reference to your application and subsequent discussion with our Partner, we regret to inform you that your profile has not been shortlisted for the next round of the selection process for the position of Manager, ESG Advisory.

We shall retain your CV in our database and revert in case of any suitable opening in future.

Thanks & Regards,
Ritika Sharma
Talent Acquisition | Ananta Consulting Pvt. Ltd.
Mob: +91 98201 44561""",
      co="Ananta Consulting"),
    m(R, "fr", "cpas_apres_epreuve", "Jean-Marc Dethier <jm.dethier@cpas-liege.example.be>",
      "Sélection coordinateur/trice projets FSE+", "2026-06-02 15:33 +0200",
      """Madame,

Suite à la mise en situation du 26 mai dernier, le jury a délibéré. Nous sommes au regret de vous annoncer que vous ne figurez pas parmi les candidats retenus pour l'entretien final.

Nous vous remercions pour votre investissement dans cette procédure et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

J-M Dethier
Service du Personnel
CPAS de Liège""",
      co="CPAS de Liège"),
    m(R, "en", "lever_hold", "Northwind Mobility <no-reply@hire.lever.example.co>",
      "Update on the EU Policy Lead role", "2026-07-07 17:02 +0200",
      """Hi Maëlle,

I wanted to give you an update on the EU Policy Lead role. Following a change in our funding plans, we've made the difficult decision to put this position on hold, and we won't be proceeding with any candidates for now.

I'm genuinely sorry about this, especially as you'd reached the final stage. If the role reopens I'll reach out to you first.

All the best,
Daan Verbeek
Head of Talent, Northwind Mobility""",
      reply_to="Daan Verbeek <daan@northwind-mobility.example.com>", co="Northwind Mobility", fmt="alt"),
    m(R, "fr", "successfactors_fr", "Crédit Mosan <rh-carrieres-noreply@successfactors.example.eu>",
      "Votre candidature au poste Chargé(e) de Relations Publiques - Réf 20314", "2026-02-26 09:00 +0100",
      """Madame Kouassi-Berger,

Nous vous remercions pour votre entretien du 19 février et pour l'intérêt que vous portez à Crédit Mosan.

Nous avons toutefois le regret de vous informer que nous avons retenu une autre candidature, correspondant davantage aux attentes du poste.

Nous conservons vos coordonnées dans notre vivier, sauf opposition de votre part.

Bien cordialement,
L'équipe Recrutement
Crédit Mosan SA
-----
Ce courriel et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire. Crédit Mosan SA, RPM Liège 0403.211.555.""",
      co="Crédit Mosan", fmt="html", cs="windows-1252", brand="Crédit Mosan"),
    m(R, "fr", "suisse_vous", "Nadia Rochat <nadia.rochat@fondation-leman.example.ch>",
      "Candidature responsable programmes", "2026-04-30 11:12 +0200",
      """Madame,

Nous avons bien étudié votre dossier avec attention. Malheureusement, nous ne sommes pas en mesure de lui réserver une suite favorable, le profil recherché nécessitant une expérience confirmée de la coopération suisse (DDC).

Nous vous adressons, Madame, nos meilleures salutations.

Nadia Rochat
Responsable administrative
Fondation Léman pour le Développement
Rue de Lausanne 64 - 1202 Genève""",
      co="Fondation Léman pour le Développement", cs="iso-8859-1"),
    m(R, "en", "aus_after_takehome", "Kirsty Mitchell <kirsty@saltbush-energy.example.com.au>",
      "Thanks for the case study", "2026-05-21 09:40 +1000",
      """Hi Maëlle,

Thanks heaps for the effort you put into the stakeholder mapping case study - the team loved the format.

Unfortunately we've gone with another candidate for the Government Relations Advisor role, mostly down to needing someone with NEM regulatory experience from day one. Wasn't an easy call.

Happy to chat through the feedback if useful. Cheers,

Kirsty Mitchell
People & Culture | Saltbush Energy
0412 558 301""",
      co="Saltbush Energy"),
    m(R, "fr", "apec_ats_simple", "Groupe Hospitalier Rhône-Est <recrutement-noreply@flatchr.example.io>",
      "Réponse à votre candidature", "2026-03-24 07:30 +0100",
      """Madame,

Vous avez postulé au poste de Chargée de mission Qualité & Développement durable et nous vous en remercions.

Votre candidature n'a malheureusement pas été retenue.

Nous vous souhaitons une bonne continuation.

Le service recrutement
Groupe Hospitalier Rhône-Est""",
      co="Groupe Hospitalier Rhône-Est", fmt="html"),
    m(R, "de", "berlin_verband_du", "Jonas Weidner <weidner@bundesverband-kreislauf.example.de>",
      "AW: Bewerbung Referentin EU-Politik", "2026-06-16 17:55 +0200",
      """Liebe Maëlle,

danke nochmal für das nette Gespräch letzte Woche. Wir haben uns am Ende für eine Kandidatin entschieden, die schon länger im Brüsseler Verbandsumfeld arbeitet - daher müssen wir dir leider absagen.

Ich fand deinen Hintergrund in Montreal echt spannend und melde mich, wenn sich bei uns etwas Passendes ergibt.

Viele Grüße
Jonas

Jonas Weidner
Geschäftsführer
Bundesverband Kreislaufwirtschaft e.V.
Tel. +49 30 2061 4470

Am 09.06.2026 um 10:14 schrieb Maëlle Kouassi-Berger <maelle.kb@example.be>:
> Lieber Herr Weidner,
> vielen Dank für das Gespräch heute.
> Beste Grüße, Maëlle""",
      co="Bundesverband Kreislaufwirtschaft", thread=["example.be"], cte="qp"),
    m(R, "fr", "agence_interim_tu", "Kevin Dubois <kevin.dubois@flexmeuse.example.be>",
      "Ta candidature - mission assistante de direction", "2026-01-20 16:03 +0100",
      """Hello Maëlle !

Je te tiens au courant : le client (une mutualité à Namur) a finalement pris quelqu'un qui était déjà chez eux en intérim... donc ce sera pas pour cette fois malheureusement :(

Mais je te recontacte dès que j'ai une autre mission dans tes cordes, promis !!

Kevin
Consultant - FlexMeuse Intérim Namur
081 22 90 14""",
      co="FlexMeuse Intérim"),
    m(R, "en", "workable_after_final", "Fenwick Advisory <notifications@workablemail.example.com>",
      "Fenwick Advisory: Update on your application", "2026-08-05 14:20 +0000",
      """Dear Maëlle,

Thank you for meeting with our partners for the final round of interviews for the Associate Director, Public Affairs position.

We regret to inform you that we have decided not to move forward with your candidacy. The decision was a close one.

We appreciate your interest in Fenwick Advisory and wish you every success.

Regards,
Imogen Clarke
Fenwick Advisory
Please do not reply to this automated email.""",
      co="Fenwick Advisory", fmt="alt", brand="Fenwick Advisory"),
    m(R, "fr", "region_wallonne_formel", "Service public de Wallonie <recrutement.spw@spw.example.be>",
      "Appel à candidatures interne/externe - Attaché(e) coordination fonds européens", "2026-09-01 10:10 +0200",
      """Madame,

Nous faisons suite à votre candidature pour la fonction d'attaché(e) coordination fonds européens (référence SPW-2026-118).

Après analyse comparative des candidatures, le comité de sélection n'a pas retenu votre dossier pour la phase d'entretiens. Cette décision est motivée par le nombre important de candidatures présentant une expérience directe de la gestion FEDER en Wallonie.

Nous vous remercions pour l'intérêt porté au Service public de Wallonie.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Pour la Direction de la sélection,
Catherine Lhoest""",
      co="Service public de Wallonie", ct="recrutement.spw@spw.example.be", cs="windows-1252", cte="qp"),
    m(R, "es", "ats_latam_breve", "Equipo de Talento Grupo Ibérica Energía <empleo-noreply@smartrecruiters.example.com>",
      "Tu candidatura en Grupo Ibérica Energía", "2026-04-02 20:02 +0200",
      """Hola Maëlle,

Gracias por tu interés en el puesto de Responsable de Asuntos Públicos UE.

Tras revisar tu candidatura, sentimos comunicarte que no vamos a seguir adelante con tu perfil en esta ocasión.

Saludos,
Grupo Ibérica Energía""",
      co="Grupo Ibérica Energía", fmt="html"),
    m(R, "fr", "montreal_tu_quebecois", "Marie-Ève Gagnon <megagnon@coop-mobilite.example.ca>",
      "Suivi - poste conseillère subventions", "2026-07-23 15:48 -0400",
      """Allô Maëlle,

Un petit mot pour te dire qu'on a finalement retenu une autre candidature pour le poste de conseillère aux subventions. Ton entrevue était vraiment bonne, mais l'autre personne connaissait déjà les programmes du MAMH à fond.

Merci pour ta belle énergie, et bonne chance dans ta recherche!

Marie-Ève
Coop Mobilité Durable Montréal
514 555-0142""",
      co="Coop Mobilité Durable Montréal"),
    m(R, "en", "japanese_owned", "Tomoko Ishikawa <t.ishikawa@kaizen-rail.example.co.jp>",
      "Result of selection - EU Regulatory Affairs Specialist (Brussels office)", "2026-03-30 03:12 +0000",
      """Dear Ms. Kouassi-Berger,

Thank you very much for your kind application to Kaizen Rail Systems Europe and for attending the interview with our Brussels office director.

After careful consideration, we are very sorry to inform you that we cannot offer you the position at this time. We sincerely appreciate your understanding.

We wish for your further success.

Best regards,
Tomoko Ishikawa
Human Resources Group, Global HQ
Kaizen Rail Systems Co., Ltd.""",
      co="Kaizen Rail Systems Europe"),
    m(R, "fr", "france_travail_poste_gele", "Claire Fontanel <c.fontanel@departement-ain.example.fr>",
      "Recrutement chargé(e) de mission coopération décentralisée", "2026-10-05 12:26 +0200",
      """Madame,

Je vous informe que le recrutement pour le poste de chargé(e) de mission coopération décentralisée est gelé suite aux arbitrages budgétaires de l'exécutif départemental. Le poste ne sera pas pourvu en 2026 et la procédure est close.

Nous sommes désolés de ce contretemps et vous remercions de votre candidature.

Cordialement,

Claire Fontanel
Direction des Ressources humaines
Département de l'Ain""",
      co="Département de l'Ain"),
    m(R, "de", "wien_hochschule", "Dr. Petra Lindner <p.lindner@hs-oberrhein.example.de>",
      "Ihre Bewerbung - Kennziffer 26/044", "2026-08-19 09:31 +0200",
      """Sehr geehrte Frau Kouassi-Berger,

für Ihr Interesse an der Stelle als Referentin für Drittmittel und EU-Förderung danken wir Ihnen.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Stelle anderweitig besetzt wurde.

Ihre Bewerbungsunterlagen senden wir nicht zurück; sie werden nach Ablauf der Frist nach AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Dr. Petra Lindner
Hochschule Oberrhein - Personaldezernat""",
      co="Hochschule Oberrhein", cs="iso-8859-1", cte="b64"),
    m(R, "es", "dakar_relay_esp", "Javier Ortega <javier.ortega@talentia-search.example.es>",
      "RE: Candidatura Coordinadora de programas - Dakar", "2026-09-15 18:40 +0200",
      """Maëlle, buenas tardes:

Acabo de hablar con la ONG cliente (Acción Sahel). Me comentan que han cerrado el proceso con una candidata local y que no van a continuar con tu candidatura. Sé que te hacía ilusión, lo siento de veras.

Sigo atento a otras posiciones en África Occidental y te aviso.

Un abrazo,
Javier Ortega
Socio director · Talentia Search
+34 91 555 0193

-----Mensaje original-----
De: Maëlle Kouassi-Berger <maelle.kb@example.be>
Enviado el: lunes, 14 de septiembre de 2026 9:02
Para: Javier Ortega
Asunto: Candidatura Coordinadora de programas - Dakar

Hola Javier, ¿sabes algo del cliente?""",
      co="Acción Sahel", thread=["example.be"]),
    m(R, "es", "muy_corto_movil", "Andrés Molina <andres.molina@cooperativa-solar-sur.example.es>",
      "Re: Seguimiento", "2026-10-09 20:31 +0200",
      """Hola Maëlle, gracias por tu tiempo pero al final no seguimos adelante contigo para el puesto. Suerte!!

Andrés
Cooperativa Solar del Sur

Enviado desde mi móvil

El jue, 8 oct 2026, 12:02, Maëlle Kouassi-Berger <maelle.kb@example.be> escribió:
> Hola Andrés, ¿hay novedades sobre el puesto de responsable de subvenciones?""",
      co="Cooperativa Solar del Sur", thread=["example.be"]),
]
