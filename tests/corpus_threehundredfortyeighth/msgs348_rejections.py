"""Rejections outside the long threads: soft, hard, relayed by agencies, after interviews,
positions filled internally, roles put on hold."""

from __future__ import annotations

from msgs348_common import m, paras, shell

MESSAGES = [
    # ------------------------------------------------------------------ fr
    m("rejection", "fr", "musee_kirchberg_pourvu_interne", "2026-01-28 16:02 +0100",
      ("Musée Kirchberg d'Art Contemporain", "noreply@successfactors.eu"),
      "Votre candidature – Chargé(e) des événements et privatisations",
      """Madame Diallo-Fournier,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Chargé(e) des
événements et privatisations au Musée Kirchberg d'Art Contemporain.

Nous vous informons que ce poste a été pourvu en interne. Nous ne sommes donc pas en mesure de
donner une suite favorable à votre candidature.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service des ressources humaines
Musée Kirchberg d'Art Contemporain – 3, Park Dräi Eechelen, L-1499 Luxembourg""",
      co="Musée Kirchberg d'Art Contemporain", cs="windows-1252", se="windows-1252:Q"),
    m("rejection", "fr", "orangerie_pas_retenue", "2026-02-09 08:31 +0100",
      ("Maison Orangerie Mariages", "noreply@workablemail.com"),
      "Maison Orangerie Mariages – votre candidature",
      None,
      html=shell(paras(
          "Bonjour Awa,",
          "Merci d'avoir postulé au poste d'<b>Assistante wedding planner</b> chez Maison "
          "Orangerie Mariages.",
          "Nous avons reçu de très nombreuses candidatures et, après examen, nous avons décidé "
          "de ne pas retenir la vôtre pour la suite du processus. Cette décision ne remet pas "
          "en cause la qualité de votre parcours.",
          "Nous vous souhaitons de belles réussites,<br>L'équipe Maison Orangerie Mariages"),
          brand="#b08d57", footer="Propulsé par Workable"),
      co="Maison Orangerie Mariages", fe="utf-8:Q"),
    m("rejection", "fr", "kirchberg_ouest_gel", "2026-03-16 11:44 +0100",
      ("Claude Weber", "claude.weber@cc-kirchberg-ouest.example.lu"),
      "Poste d'assistante événementielle – mise en attente",
      """Chère Madame,

Je reviens vers vous au sujet de votre candidature au poste d'assistante événementielle.

Suite à une réorganisation interne décidée par notre conseil d'administration, ce recrutement
est gelé jusqu'à nouvel ordre. Nous ne poursuivrons donc pas le processus et je préfère vous
en informer sans attendre plutôt que de vous laisser sans nouvelles.

Je garde votre dossier et vous recontacterai si le poste est réouvert.

Avec mes meilleures salutations,

Claude Weber
Responsable RH
Centre de Conférences Kirchberg-Ouest
4, rue Alcide de Gasperi, L-2920 Luxembourg""",
      co="Centre de Conférences Kirchberg-Ouest", ct="claude.weber@cc-kirchberg-ouest.example.lu",
      cs="windows-1252", cte="8bit"),
    m("rejection", "fr", "tempo_client_beffroi_non", "2026-05-07 17:12 +0200",
      ("Nadia Benali", "nadia.benali@tempo-interim.example.fr"),
      "Mission Hôtel du Beffroi – retour du client",
      """Bonjour Awa,

Je viens d'avoir l'Hôtel du Beffroi au téléphone concernant la mission de responsable
séminaires (remplacement congé maternité). Le client a finalement choisi une intérimaire qui
avait déjà travaillé chez eux l'an dernier, ce n'est donc pas pour cette fois.

Je reste à l'affût pour vous, les salons de la rentrée arrivent vite !

Nadia Benali
Tempo Intérim Nord""",
      co="Hôtel du Beffroi", ct="nadia.benali@tempo-interim.example.fr", se="utf-8:B"),
    m("rejection", "fr", "proxima_client_anonyme", "2026-06-18 10:20 +0200",
      ("Proxima Intérim Métropole", "agence.roubaix@proxima-interim.example.fr"),
      "Votre candidature – Hôte(sse) d'accueil congrès (réf. 6621)",
      """Bonjour,

Vous avez postulé à l'offre « Hôte(sse) d'accueil congrès » (réf. 6621) publiée par notre
agence de Roubaix. Notre client a clôturé son recrutement et votre candidature n'a pas été
retenue.

N'hésitez pas à consulter nos autres offres sur notre site.

Cordialement,
Proxima Intérim Métropole – Agence de Roubaix""",
      co="Proxima Intérim Métropole"),
    m("rejection", "fr", "palais_liege_meuse", "2026-04-02 14:05 +0200",
      ("Recrutement Palais des Congrès Liège-Meuse", "jobs@palais-liege-meuse.example.be"),
      "Réponse à votre candidature – Coordinateur/trice de congrès",
      """Madame,

Nous avons bien examiné votre candidature au poste de Coordinateur/trice de congrès et vous
remercions de la confiance témoignée.

Malheureusement, nous avons reçu plusieurs candidatures dont l'expérience en organisation de
congrès correspond davantage à nos attentes actuelles, et nous ne pouvons vous proposer
d'entretien.

Nous vous souhaitons plein succès dans votre recherche.

L'équipe RH
Palais des Congrès Liège-Meuse""",
      co="Palais des Congrès Liège-Meuse", cte="base64"),
    m("rejection", "fr", "flandres_opale_doux", "2026-04-14 19:03 +0200",
      ("Mathilde Carpentier", "mathilde.carpentier@flandres-opale-hotels.example.fr"),
      "Re: Candidature Responsable MICE – Dunkerque",
      """Bonjour Awa,

Merci pour votre candidature et pour notre échange téléphonique de la semaine dernière. J'ai
vraiment apprécié votre motivation.

Pour ce poste, la direction a besoin de quelqu'un d'immédiatement opérationnel sur la
commercialisation MICE, avec un portefeuille clients existant. Nous n'irons donc pas plus loin
ensemble cette fois, mais je pense sincèrement que votre profil évoluera vite vers ce type de
fonction.

Belle continuation,
Mathilde Carpentier
Directrice commerciale – Groupe Flandres & Opale Hôtels""",
      co="Groupe Flandres & Opale Hôtels", ct="mathilde.carpentier@flandres-opale-hotels.example.fr",
      fe="iso-8859-1:Q"),
    m("rejection", "fr", "chateau_moncel_suspendu", "2026-05-26 09:12 +0200",
      ("Château de Moncel Réceptions", "contact@chateau-moncel.example.fr"),
      "Votre candidature – Responsable des réceptions",
      """Madame,

Suite à des travaux imprévus dans l'orangerie du château, la saison des réceptions 2026 est
réduite de moitié et nous avons décidé de suspendre le recrutement du poste de Responsable
des réceptions. Nous ne donnerons donc pas suite à votre candidature.

Nous vous remercions sincèrement pour l'intérêt porté à notre maison.

Pour le Château de Moncel,
Isabelle de Rocquigny
Gérante""",
      rt=("Isabelle de Rocquigny", "i.derocquigny@chateau-moncel.example.fr"),
      co="Château de Moncel Réceptions", ct="i.derocquigny@chateau-moncel.example.fr",
      cs="iso-8859-1", cte="base64"),
    m("rejection", "fr", "lutece_commercialisation_non", "2026-01-19 12:00 +0100",
      ("Salons Lutèce", "jobs@salonslutece.recruitee.com"),
      "Chargé(e) de commercialisation salons – suite de votre candidature",
      """Bonjour Awa,

Merci pour votre intérêt pour le poste de Chargé(e) de commercialisation salons.

Nous avons étudié votre profil avec attention. Malheureusement, nous ne pouvons pas y donner
une suite positive : nous recherchons pour ce poste une expérience confirmée de vente
d'espaces d'exposition.

Nous vous souhaitons le meilleur pour la suite de vos recherches.

Cordialement,
L'équipe RH de Salons Lutèce""",
      co="Salons Lutèce"),
    m("rejection", "fr", "opale_events_html", "2026-06-29 15:37 +0200",
      ("Agence Opale Events", "recrutement@opale-events.example.fr"),
      "Votre candidature chez Opale Events",
      None,
      html=shell(paras(
          "Bonjour Awa,",
          "Nous vous remercions sincèrement pour votre candidature au poste de "
          "<i>chef(fe) de projet junior</i> et pour le temps consacré à notre entretien "
          "vidéo.",
          "Après réflexion, nous sommes au regret de vous informer que nous avons retenu une "
          "autre candidature.",
          "Bien cordialement,<br>Élodie Marchand<br>Directrice de clientèle – Opale Events<br>"
          "Boulogne-sur-Mer"), brand="#2a9d8f"),
      rt=("Élodie Marchand", "elodie.marchand@opale-events.example.fr"),
      co="Opale Events", ct="elodie.marchand@opale-events.example.fr", rte="utf-8:B",
      cs="windows-1252", html_cte="quoted-printable"),
    m("rejection", "fr", "office_tourisme_annule", "2026-07-07 10:50 +0200",
      ("Pierre-Yves Lemaire", "py.lemaire@lille-congres-tourisme.example.fr"),
      "Recrutement « Chargé(e) d'accueil des congrès » – annulation",
      """Bonjour Madame Diallo-Fournier,

Je me permets de revenir vers vous concernant le poste de Chargé(e) d'accueil des congrès
auquel vous aviez candidaté.

Pour des raisons budgétaires, la création de ce poste a été annulée lors du dernier conseil
d'administration. Nous ne poursuivrons donc pas ce recrutement et ne pouvons donner suite à
votre candidature. Je suis désolé de cette issue.

Cordialement,
Pierre-Yves Lemaire
Office de Tourisme et des Congrès de Lille""",
      co="Office de Tourisme et des Congrès de Lille",
      ct="py.lemaire@lille-congres-tourisme.example.fr", se="windows-1252:Q"),
    m("rejection", "fr", "racing_lillois_apres_entretiens", "2026-08-12 18:15 +0200",
      ("Racing Club Lillois Métropole – RH", "rh@racingclublillois.example.fr"),
      "Votre candidature – Chargé(e) d'événements match day",
      """Bonjour Awa,

Merci d'avoir participé aux deux entretiens pour le poste de Chargé(e) d'événements match
day. Le choix a été difficile, mais nous avons décidé de confier ce poste à une autre
candidate.

Nous avons apprécié votre connaissance de l'accueil VIP et espérons avoir l'occasion de
recroiser votre route.

Sportivement,
Service RH – Racing Club Lillois Métropole""",
      rt=("Anaïs Lefebvre", "anais.lefebvre@racingclublillois.example.fr"),
      co="Racing Club Lillois Métropole", ct="anais.lefebvre@racingclublillois.example.fr",
      fe="windows-1252:B", rte="windows-1252:Q"),
    m("rejection", "fr", "bruxelles_salons_icims", "2026-09-08 07:45 +0200",
      ("Bruxelles Salons & Congrès", "bruxellessalons@icims.com"),
      "Mise à jour de votre candidature : Event Planner (FR/NL)",
      """Bonjour Awa,

Merci pour votre candidature au poste Event Planner (FR/NL). Le néerlandais courant étant
indispensable pour ce poste, nous ne sommes malheureusement pas en mesure de retenir votre
candidature.

Nous vous invitons à consulter régulièrement nos offres.

Bruxelles Salons & Congrès – Talent Acquisition

Ceci est un message automatique, merci de ne pas y répondre.""",
      co="Bruxelles Salons & Congrès"),

    # ------------------------------------------------------------------ en
    m("rejection", "en", "keizersgracht_museum", "2026-02-24 14:10 +0100",
      ("Keizersgracht Design Museum", "no-reply@keizersgracht.recruitee.com"),
      "Your application for Events & Venue Hire Coordinator",
      """Dear Awa,

Thank you for applying for the Events & Venue Hire Coordinator position at the Keizersgracht
Design Museum and for your patience while we reviewed applications.

We have now completed our shortlisting and, unfortunately, we will not be taking your
application further. We received over 240 applications for this role.

We wish you every success in your search.

Kind regards,
People & Culture team
Keizersgracht Design Museum, Amsterdam""",
      co="Keizersgracht Design Museum",
      html=shell(paras(
          "Dear Awa,",
          "Thank you for applying for the Events &amp; Venue Hire Coordinator position at the "
          "Keizersgracht Design Museum and for your patience while we reviewed applications.",
          "We have now completed our shortlisting and, unfortunately, we will not be taking "
          "your application further. We received over 240 applications for this role.",
          "We wish you every success in your search.",
          "Kind regards,<br>People &amp; Culture team<br>Keizersgracht Design Museum, "
          "Amsterdam"), brand="#111111")),
    m("rejection", "en", "northbank_greenhouse", "2026-03-30 21:04 +0200",
      ("Daan Visser via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Northbank Events – Event Coordinator (Amsterdam)",
      """Hi Awa,

Thanks again for taking the time to speak with our team last week. After careful
consideration we have decided to move forward with candidates whose experience more closely
matches what we need for this role right now.

We really appreciated your interest in Northbank Events and hope you will keep an eye on our
careers page.

All the best,
Daan Visser
Talent Partner, Northbank Events""",
      rt=("Daan Visser", "daan.visser@northbank-events.example.nl"),
      co="Northbank Events", ct="daan.visser@northbank-events.example.nl"),
    m("rejection", "en", "eventwise_role_cancelled", "2026-06-10 16:40 +0200",
      ("Eventwise Talent", "no-reply@ashbyhq.com"),
      "Update on the Customer Events Associate role",
      """Hi Awa,

We wanted to let you know that we have decided to close the Customer Events Associate
position due to a change in our hiring plans for the second half of the year. As a result, we
will not proceed with your application.

We are sorry for the disappointing news and thank you for the time you invested in our
process.

Best,
The Eventwise Talent Team""",
      co="Eventwise", cte="7bit"),
    m("rejection", "en", "carrington_unnamed_client", "2026-09-23 12:12 +0100",
      ("Oliver Pembridge", "oliver.pembridge@carringtonvale.example.co.uk"),
      "Conference hotel role in Brussels – update",
      """Hi Awa,

Quick update on the Meetings & Events Manager search for my client in Brussels (the
five-star conference hotel we discussed under NDA). They have reviewed the shortlist and
decided not to progress your application; they are prioritising candidates with Dutch and a
sales background.

I will keep you posted on other briefs.

Oliver

Oliver Pembridge | Carrington & Vale Hospitality Search | +44 20 7946 0832""",
      co="Carrington & Vale Hospitality Search",
      ct="oliver.pembridge@carringtonvale.example.co.uk", cte="base64"),
    m("rejection", "en", "canal_house_lever", "2026-10-05 09:26 +0200",
      ("Canal House Hotels", "no-reply@hire.lever.co"),
      "Thank you for your interest in Canal House Hotels",
      """Hi Awa,

Thank you for applying to the Groups & Events Executive role at Canal House Hotels. Our team
has reviewed your application and, unfortunately, we won't be moving forward at this time.

Please don't let this discourage you from applying to future openings.

Warm regards,
Canal House Hotels Recruiting""",
      co="Canal House Hotels"),

    # ------------------------------------------------------------------ de
    m("rejection", "de", "domblick_absage", "2026-03-05 10:30 +0100",
      ("Domblick Hotels Recruiting", "noreply@softgarden.io"),
      "Ihre Bewerbung bei Domblick Hotels – Bankettkoordinator (m/w/d)",
      """Sehr geehrte Frau Diallo-Fournier,

vielen Dank für Ihre Bewerbung als Bankettkoordinator (m/w/d) in unserem Hotel Domblick Köln
City und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im
weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Wertung
Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Domblick Hotels""",
      co="Domblick Hotels", cs="windows-1252", cte="quoted-printable", se="windows-1252:B"),
    m("rejection", "de", "sv_deutz_nach_gespraech", "2026-06-24 17:55 +0200",
      ("Markus Engels", "m.engels@svdeutz05.example.de"),
      "Ihre Bewerbung Eventmanagerin Hospitality",
      """Hallo Frau Diallo-Fournier,

danke nochmal für das offene Gespräch im Stadion letzte Woche. Wir haben uns intern lange
beraten und uns am Ende für eine Bewerberin entschieden, die bereits in der Bundesliga-
Hospitality gearbeitet hat und fließend Kölsch spricht – Spaß beiseite: die
Vereinserfahrung war ausschlaggebend.

Wir können Ihnen daher leider keine Zusage geben. Alles Gute für Ihren Weg ins
Eventmanagement!

Sportliche Grüße
Markus Engels
Leiter Hospitality & Events
SV Deutz 05 e.V.""",
      co="SV Deutz 05", ct="m.engels@svdeutz05.example.de", cte="8bit"),
    m("rejection", "de", "grund_palace_besetzt", "2026-07-20 08:40 +0200",
      ("Hôtel Grund Palace", "noreply@successfactors.eu"),
      "Ihre Bewerbung: Veranstaltungskoordinator/in",
      """Sehr geehrte Frau Diallo-Fournier,

wir danken Ihnen für Ihre Bewerbung als Veranstaltungskoordinator/in im Hôtel Grund Palace
Luxembourg.

Die Stelle konnte inzwischen besetzt werden. Wir bedauern, Ihnen keinen positiven Bescheid
geben zu können, und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen
Human Resources – Hôtel Grund Palace""",
      co="Hôtel Grund Palace", fe="iso-8859-1:Q", cs="windows-1252"),
    m("rejection", "de", "hofmann_beratung_kunde", "2026-08-26 13:18 +0200",
      ("Sabine Hofmann", "s.hofmann@hofmann-hotelconsulting.example.de"),
      "Rückmeldung unseres Mandanten",
      """Liebe Frau Diallo-Fournier,

unser Mandant – ein Kongresshotel im Raum Düsseldorf, dessen Namen ich Ihnen wie besprochen
noch nicht nennen darf – hat sich nach Sichtung der Profile gegen eine Einladung entschieden.
Ausschlaggebend waren fehlende Erfahrungen mit Budgetverantwortung.

Ich melde mich, sobald ich ein passenderes Mandat habe.

Herzliche Grüße
Sabine Hofmann
Hofmann Hotel Consulting, Düsseldorf""",
      co="Hofmann Hotel Consulting", ct="s.hofmann@hofmann-hotelconsulting.example.de",
      se="utf-8:Q"),
    m("rejection", "de", "kongresshaus_rheinpark_html", "2026-09-14 15:00 +0200",
      ("Kongresshaus am Rheinpark", "bewerbung@kongresshaus-rheinpark.example.de"),
      "Absage: Projektassistenz Kongresse",
      None,
      html=shell(paras(
          "Sehr geehrte Frau Diallo-Fournier,",
          "herzlichen Dank für Ihre Bewerbung als <b>Projektassistenz Kongresse</b>.",
          "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und "
          "Bewerber entschieden haben, deren Profil unseren Anforderungen noch genauer "
          "entspricht.",
          "Mit freundlichen Grüßen<br>Personalabteilung<br>Kongresshaus am Rheinpark<br>"
          "Rheinparkweg 1, 50679 Köln"), brand="#6a1b9a",
          footer="Kongresshaus am Rheinpark GmbH · Amtsgericht Köln HRB 90211"),
      co="Kongresshaus am Rheinpark", cte="base64"),

    # ------------------------------------------------------------------ es
    m("rejection", "es", "giralda_taleo", "2026-02-11 09:00 +0100",
      ("Hoteles Giralda", "hotelesgiralda@taleo.net"),
      "Hoteles Giralda: actualización sobre tu candidatura",
      """Estimada Awa:

Gracias por tu interés en el puesto de Coordinador/a de Eventos y Banquetes en el Hotel
Giralda Plaza (Sevilla).

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión no
continuarás en el proceso de selección. Guardaremos tus datos para futuras vacantes que
puedan ajustarse a tu perfil.

Atentamente,
Departamento de Selección
Hoteles Giralda""",
      co="Hoteles Giralda", cs="iso-8859-1", se="iso-8859-1:Q"),
    m("rejection", "es", "triana_proceso_suspendido", "2026-04-28 11:25 +0200",
      ("Palacio de Congresos Triana", "noreply@smartrecruiters.com"),
      "Proceso de selección suspendido – Técnico/a de Eventos",
      """Hola Awa:

Te escribimos para informarte de que el proceso de selección para el puesto de Técnico/a de
Eventos ha quedado suspendido por decisión de la dirección, por lo que no seguiremos adelante
con tu candidatura.

Agradecemos sinceramente el tiempo que has dedicado.

Un saludo,
Recursos Humanos – Palacio de Congresos Triana""",
      co="Palacio de Congresos Triana", cte="base64"),
    m("rejection", "es", "museo_costa_no_seleccionada", "2026-07-15 13:48 +0200",
      ("Carmen Villalobos", "cvillalobos@museocostasol.example.es"),
      "Re: Candidatura – Gestión de eventos y alquiler de espacios",
      """Estimada Sra. Diallo-Fournier:

Le agradecemos su candidatura y su interés en el Museo de la Costa del Sol. Hemos recibido
perfiles con amplia experiencia en gestión cultural y, tras valorarlos, no ha sido
seleccionada para la fase de entrevistas.

Le deseamos mucho éxito profesional.

Atentamente,
Carmen Villalobos
Jefa de Administración
Museo de la Costa del Sol · Paseo del Parque 7, 29015 Málaga""",
      co="Museo de la Costa del Sol", ct="cvillalobos@museocostasol.example.es",
      cs="windows-1252", cte="8bit", fe="windows-1252:Q"),
    m("rejection", "es", "guadalmedina_cubierto", "2026-08-31 10:02 +0200",
      ("Atlético Guadalmedina", "rrhh@atleticoguadalmedina.example.es"),
      "Puesto de coordinador/a de hospitality",
      """Hola Awa:

Muchas gracias por enviarnos tu CV. Te escribimos para comunicarte que el puesto de
coordinador/a de hospitality se ha cubierto internamente con una persona del club, por lo que
cerramos el proceso.

¡Mucha suerte!
Departamento de RRHH – Atlético Guadalmedina""",
      rt=("Javier Montoro", "javier.montoro@atleticoguadalmedina.example.es"),
      co="Atlético Guadalmedina", ct="javier.montoro@atleticoguadalmedina.example.es"),
]
