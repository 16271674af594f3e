"""Corpus 356: rejections (soft, hard, relayed by agencies, after interviews, role cancelled)."""

from __future__ import annotations

from msgs356_common import Spec, html_shell, msg, sig

R = "rejection"

CAPITOLE = """Madame,

Nous vous remercions pour l'intérêt que vous portez aux Assurances du Capitole et pour votre
candidature au poste de Téléconseiller(e) indemnisation habitation.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre
candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons vos coordonnées dans notre vivier et ne manquerons pas de revenir vers vous si
une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Recrutement
Assurances du Capitole
"""

HM_FILLED = """Bonjour Madame Belkacem-Hartley,

Je reviens vers vous concernant votre candidature au poste de gestionnaire prestations santé
que vous nous avez adressée le mois dernier.

Je vous informe que le poste a finalement été pourvu en interne, par une collaboratrice de
notre agence de Sète qui souhaitait évoluer. Nous ne pourrons donc pas donner suite à votre
candidature.

Je vous remercie sincèrement pour votre démarche et vous souhaite une belle réussite dans votre
projet de reconversion.

Cordialement,
""" + sig("Béatrice Maurel", "Responsable RH", "Hérault Mutuelle",
          "8 rue de la Loge - 34000 Montpellier", "04 67 55 21 90")

GAM_WD = """Bonjour Yasmine,

Merci d'avoir postulé au poste de Gestionnaire Sinistres Automobile - Bordeaux Lac (R-04417).

Nous avons examiné votre candidature avec attention. Malheureusement, nous avons décidé de
poursuivre le processus avec d'autres candidats dont le profil correspond davantage aux
exigences du poste.

Nous vous encourageons à consulter régulièrement nos offres et à postuler à nouveau.

Cordialement,
Gironde Assurances Mutuelles - Recrutement
"""

LESTRADE_NO = """Bonjour Yasmine,

J'ai eu ce matin le retour d'Atlantique Indemnisation suite à votre entretien avec Mme Coste.

Ils ont apprécié votre aisance relationnelle, mais ont finalement choisi un candidat qui avait
déjà deux ans d'expérience en gestion de sinistres corporels. Ce n'est donc malheureusement pas
une suite favorable pour ce poste.

Je garde votre profil en tête : plusieurs de nos clients recrutent des gestionnaires juniors au
printemps et je vous recontacterai dès qu'une mission pourrait vous correspondre.

Belle journée,
""" + sig("Pauline Lestrade", "Consultante associée - Cabinet Lestrade Conseil",
          "Recrutement spécialisé Assurance & Banque", "45 cours de l'Intendance, 33000 Bordeaux",
          "06 71 22 39 40")

ACTIFLEX_NO = """Bonjour Mme Belkacem-Hartley,

Suite à la présentation de votre candidature à notre client, une mutuelle toulousaine, pour la
mission d'intérim de gestionnaire sinistres (renfort de 4 mois), celui-ci ne souhaite pas
donner suite : il privilégie des profils ayant déjà utilisé son logiciel de gestion.

Nous restons à votre écoute et vous proposerons d'autres missions dans le secteur assurance.

Cordialement,
Mathieu Guiraud
Chargé de recrutement
Actiflex Intérim - Agence Toulouse Compans
"""

AUTOLOC = """Bonjour Yasmine,

Merci pour votre intérêt pour le poste de Chargée de gestion des dommages véhicules chez
AutoLoc Atlantique.

Nous avons reçu beaucoup de candidatures de qualité. Après examen, nous n'avons pas retenu la
vôtre pour cette fois-ci. Cette décision ne remet pas en cause la qualité de votre parcours.

Nous vous souhaitons bonne continuation.

L'équipe RH d'AutoLoc Atlantique
"""

VALIRA_FROZEN = """Bonjour Yasmine,

Nous tenions à vous informer que le recrutement pour le poste de Chargée d'assistance
bilingue (Andorra la Vella) est suspendu jusqu'à nouvel ordre, suite à une révision de notre
budget 2026.

Nous ne pourrons donc pas donner suite à votre candidature dans le cadre de ce processus.
Nous vous remercions de votre compréhension et vous souhaitons bonne chance.

Cordialement,
Laia Casals
Responsable des Ressources Humaines - Valira Assistance
"""

SES = """Bonjour,

Merci pour votre candidature spontanée et votre lettre très soignée.

Malheureusement votre profil ne correspond pas tout à fait à ce que nous recherchons en ce
moment : nos postes d'assistant(e) expert(e) demandent une première expérience en cabinet
d'expertise ou en compagnie.

Je vous souhaite bon courage pour la suite de vos démarches, et n'hésitez pas à nous
recontacter d'ici un an.

Bien cordialement,
Gérard Fabre
Gérant - Sinistres Expertise Sud
15 avenue de Grande-Bretagne, 31300 Toulouse
"""

OCBA = """Madame,

Vous avez bien voulu nous faire part de votre intérêt pour le poste de Conseillère
indemnisation prévoyance, et nous vous en remercions.

Dans le cadre d'une réorganisation de nos plateaux de gestion, ce poste a été supprimé. Nous ne
poursuivrons donc pas ce recrutement et ne pouvons pas donner suite à votre candidature.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Corinne Salles
Direction des Ressources Humaines
Oc Banque Assurances - filiale assurance du groupe Oc Banque
"""

GAVES = """Bonjour Yasmine,

Merci encore pour votre message et pour le temps passé avec nous lors des deux entretiens.

Nous avons beaucoup hésité, mais nous avons retenu une candidate qui connaît déjà nos produits
santé et prévoyance, ce qui est déterminant pour un démarrage rapide dans l'équipe.

Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Votre énergie et
votre sens du service client nous ont marqués.

Bien à vous,
Isabelle Lacaze
Responsable du service Prestations
Mutuelle des Gaves - Pau
"""

GAVES_THANKS = """Bonjour Madame Lacaze,

Je vous remercie pour ce second entretien et pour la visite du service Prestations. J'ai
beaucoup apprécié l'échange avec l'équipe.

Je reste à votre disposition,
Yasmine Belkacem-Hartley
"""

APA = """Bonjour,

Nous vous remercions d'avoir postulé au poste de Gestionnaire sinistres - francophone chez
Assurances Pyrénées Andorre.

Nous avons étudié votre profil avec attention, mais avons décidé de ne pas poursuivre avec
votre candidature.

Bonne continuation,
Assurances Pyrénées Andorre
"""

EMT = """Chère Madame Belkacem-Hartley,

Nous vous remercions de votre participation à notre journée de recrutement du 12 mars
(épreuves écrites, jeu de rôle téléphonique et entretien collectif).

À l'issue de ces épreuves, le jury n'a pas retenu votre candidature pour intégrer la prochaine
promotion de conseillers indemnisation. Les résultats du jeu de rôle, en particulier, n'ont pas
atteint le niveau requis.

Si vous le souhaitez, un retour détaillé peut vous être donné par téléphone : il vous suffit
de répondre à ce message.

Avec nos remerciements,
Florence Barrère
Chargée de recrutement - Entraide Mutualiste Toulousaine
"""

ORMEAUX = """Bonjour Yasmine,

Je vous transmets ci-dessous le retour de Landes Mutuelle, reçu hier soir :

« Merci pour la présentation de Mme Belkacem-Hartley. Le profil est intéressant mais nous
cherchons finalement quelqu'un d'opérationnel immédiatement sur la gestion des sinistres
agricoles. Nous ne la rencontrerons donc pas. »

Je suis désolé que cela ne se concrétise pas. Je vous tiens au courant des prochaines
opportunités.

Cordialement,
Olivier Darrigade
Cabinet Ormeaux Recrutement - Assurance & Protection sociale
"""

PREVAQ = """Bonjour Yasmine,

Nous avons bien étudié votre candidature au poste de Gestionnaire indemnisation prévoyance.
Nous avons le regret de vous annoncer que nous ne pouvons pas y donner une suite favorable.

Nous conservons votre CV pendant deux ans afin de pouvoir vous recontacter si un poste
correspondant à votre profil venait à s'ouvrir.

Merci pour votre confiance,
L'équipe Recrutement - Prévoyance Aquitaine
"""

NORTHGATE = """Hi Yasmine,

Thank you for your interest in the Claims Technician role at Northgate Re and for the time you
put into your application.

After careful review, we've decided not to move forward with your application at this stage.
We were looking for someone with prior exposure to treaty or facultative claims, and we know
that's a narrow requirement.

We wish you the very best with your job search.

Northgate Re Talent Acquisition
"""

LOOP = """Hi Yasmine,

I wanted to let you know that the Claims Associate (French/English) position has been put on
hold while we restructure our European claims team, so we will not be proceeding with
applications for this role, including yours.

I'm sorry this isn't better news. If the role reopens later in the year, we'll let you know.

Thanks,
Priya Raman
People Team, Loop Claims
"""

HARBOURLINE = """Hi Yasmine,

Quick update from me on the Thamesmead Motor Claims role.

I've had feedback from the hiring manager this afternoon and unfortunately they've decided not
to take your application further - they've gone with a candidate who already holds a CII
certificate and has UK motor claims experience.

I know it's disappointing. I do have a couple of other bilingual roles coming up in the next
few weeks and I'll give you a ring about them.

Cheers,
Tom Aldridge
Senior Consultant - Insurance Operations
Harbourline Recruitment
+44 20 7946 0183
"""

KESTREL = """Dear Yasmine,

Many thanks for coming in to meet Gareth and me last week to discuss the Damage Recovery
Coordinator role.

We enjoyed meeting you, but after a lot of consideration we have decided to offer the position
to another candidate whose experience more closely matches our requirements.

We'll keep your CV on file and wish you every success.

Kind regards,
Sophie Marsh
HR Business Partner
Kestrel Car Hire | Damage & Recovery
Unit 4, Heathrow Logistics Park, Hounslow TW6 2AB
"""

KESTREL_HERS = """Dear Sophie,

I just wanted to check whether there had been any news regarding the Damage Recovery
Coordinator role following my interview on Monday.

Kind regards,
Yasmine Belkacem-Hartley
"""

ALPINA = """Hallo Yasmine,

vielen Dank für Deine Bewerbung als Schadensachbearbeiter:in (m/w/d) und Dein Interesse an
Alpina Schadenservice.

Wir haben uns Deine Unterlagen genau angeschaut. Leider müssen wir Dir mitteilen, dass wir uns
für andere Kandidat:innen entschieden haben, deren Profil besser zu unseren aktuellen
Anforderungen passt.

Wir wünschen Dir für Deine Zukunft alles Gute und viel Erfolg bei der Jobsuche!

Viele Grüße
Dein People-Team von Alpina Schadenservice
"""

MIETFIX = """Sehr geehrte Frau Belkacem-Hartley,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Schadenmanagement Fahrzeugflotte.

Wir möchten Ihnen mitteilen, dass wir die Stelle inzwischen intern besetzen konnten. Ihre
Bewerbung können wir daher leider nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Andrea Pichler
Personalreferentin
MietFix Autovermietung | Schadenabteilung
Landsberger Straße 302, 80687 München
"""

KESSLER = """Sehr geehrte Frau Belkacem-Hartley,

wir hatten Ihre Unterlagen mit Ihrem Einverständnis unserem Mandanten, einem Versicherer mit
Sitz in München, vorgestellt.

Unser Mandant hat sich nach Prüfung aller Profile entschieden, den Prozess mit Ihnen nicht
fortzusetzen. Ausschlaggebend waren fehlende Kenntnisse im deutschen Versicherungsvertragsrecht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und würden uns freuen, bei
passenden Positionen erneut auf Sie zuzukommen.

Mit freundlichen Grüßen
Jens Kessler
Kessler Personalberatung - Versicherungen & Finanzdienstleistungen
"""

BAVARIA = """Sehr geehrte Frau Belkacem-Hartley,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Bavaria Bankversicherung.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im
weiteren Auswahlverfahren für die Position Kundenbetreuer Leistungsservice (m/w/d) nicht
berücksichtigen können.

Wir wünschen Ihnen weiterhin viel Erfolg.

Mit freundlichen Grüßen
Bavaria Bankversicherung - Talent Acquisition
"""

SINESTRA = """Hola Yasmine,

Gracias por tu interés en formar parte de Sinestra Gestión y por presentar tu candidatura al
puesto de Tramitador/a de Siniestros Hogar (francés valorable).

Hemos revisado tu perfil con detenimiento y, en esta ocasión, hemos decidido avanzar con otras
personas cuya experiencia se ajusta más a lo que buscamos.

Te animamos a seguir atento/a a nuestras ofertas.

Saludos,
Equipo de Selección de Sinestra Gestión
"""

ANDASSEG = """Estimada Sra. Belkacem-Hartley:

Le escribimos en relación con el proceso de selección para el puesto de Gestora de
Siniestros en nuestra oficina de Escaldes-Engordany.

Por motivos internos, la compañía ha decidido cancelar este proceso de selección, por lo que no
seguiremos adelante con ninguna de las candidaturas recibidas, incluida la suya.

Agradecemos sinceramente su interés y el tiempo dedicado.

Atentamente,
Núria Pons Vidal
Departamento de Personas - Andorra Assegurances
Av. Carlemany 65, AD700 Escaldes-Engordany
"""

TALENTO = """Hola Yasmine:

Te escribo para darte el feedback de Iberclaims sobre tu candidatura al puesto de Perito
Tramitador Junior que te presentamos la semana pasada.

Lamentablemente, el cliente ha decidido no continuar contigo en el proceso. Buscan un perfil
con titulación de perito o formación técnica en automoción.

Sé que no es la noticia que esperabas. Seguimos en contacto para otras posiciones del sector
asegurador en Barcelona.

Un saludo,
Carla Domènech
Consultora Senior - Talento Seguros Consultores
"""

CAIXAPIR = """Estimada Yasmine:

Muchas gracias por su candidatura para el puesto de Gestora de Prestaciones en Caixa Pirineu
Seguros.

Tras analizar los perfiles recibidos, lamentamos comunicarle que no ha sido seleccionada para
la siguiente fase del proceso.

Le deseamos mucho éxito en su búsqueda profesional.

Un cordial saludo,
Marta Vilaró
Responsable de Selección
Caixa Pirineu Seguros
"""

BEATRICE = ("Béatrice Maurel", "b.maurel@herault-mutuelle.example.fr")
LESTRADE = ("Pauline Lestrade", "pauline.lestrade@cabinet-lestrade.example.fr")
GUIRAUD = ("Mathieu Guiraud", "m.guiraud@actiflex-interim.example.fr")
LACAZE = ("Isabelle Lacaze", "i.lacaze@mutuelle-des-gaves.example.fr")
SOPHIE = ("Sophie Marsh", "sophie.marsh@kestrelcarhire.example.co.uk")
ME_ = ("Yasmine Belkacem-Hartley", "yasmine.belkacem@example.fr")

MESSAGES: list[Spec] = [
    msg("r_capitole", R, "fr", ("Assurances du Capitole", "noreply@taleo.net"),
        "Votre candidature - Téléconseiller(e) indemnisation habitation",
        "2026-01-21 06:45 +0000", CAPITOLE, company="Assurances du Capitole",
        html=html_shell(CAPITOLE, "Assurances du Capitole", "#7a1f2b"),
        charset="iso-8859-1"),
    msg("r_hm_internal", R, "fr", BEATRICE, "Votre candidature - gestionnaire prestations santé",
        "2026-02-12 16:22 +0100", HM_FILLED, company="Hérault Mutuelle", contact=BEATRICE[1],
        name_enc="b:utf-8", charset="windows-1252", cte="quoted-printable"),
    msg("r_gam_workday", R, "fr", ("Gironde Assurances Mutuelles", "gam@myworkday.com"),
        "Mise à jour de votre candidature R-04417", "2026-03-04 12:00 +0000", GAM_WD,
        company="Gironde Assurances Mutuelles",
        html=html_shell(GAM_WD, "Gironde Assurances Mutuelles", "#00529b")),
    msg("r_lestrade", R, "fr", LESTRADE, "Retour Atlantique Indemnisation",
        "2026-03-26 09:12 +0100", LESTRADE_NO, company="Atlantique Indemnisation",
        contact=LESTRADE[1]),
    msg("r_actiflex", R, "fr", GUIRAUD, "Mission gestionnaire sinistres - retour client",
        "2026-04-09 17:03 +0200", ACTIFLEX_NO, company="Actiflex Intérim",
        contact=GUIRAUD[1], cte="8bit", charset="iso-8859-1"),
    msg("r_autoloc", R, "fr", ("AutoLoc Atlantique", "notifications@recruitee.com"),
        "Votre candidature chez AutoLoc Atlantique", "2026-04-15 08:30 +0000", AUTOLOC,
        company="AutoLoc Atlantique",
        reply_to=("AutoLoc Atlantique", "no-reply@recruitee.com")),
    msg("r_valira_frozen", R, "fr",
        ("Laia Casals via BambooHR", "notifications@app.bamboohr.com"),
        "Recrutement suspendu - Chargée d'assistance bilingue", "2026-05-19 10:40 +0000",
        VALIRA_FROZEN, company="Valira Assistance", contact="laia.casals@valira.example.ad",
        reply_to=("Laia Casals", "laia.casals@valira.example.ad")),
    msg("r_ses", R, "fr", ("Gérard Fabre", "gerard.fabre@sinistres-expertise-sud.example.fr"),
        "Re: Candidature spontanée - assistante expert", "2026-01-28 18:10 +0100", SES,
        company="Sinistres Expertise Sud",
        contact="gerard.fabre@sinistres-expertise-sud.example.fr", charset="windows-1252",
        cte="8bit", parent="o_own_ses", quote="outlook_fr"),
    msg("r_ocba", R, "fr", ("Corinne Salles", "corinne.salles@oc-banque-assurances.example.fr"),
        "Votre candidature au poste de Conseillère indemnisation prévoyance",
        "2026-06-02 11:15 +0200", None, company="Oc Banque Assurances",
        contact="corinne.salles@oc-banque-assurances.example.fr",
        html=html_shell(OCBA, "Oc Banque Assurances", "#3a6e2a",
                        "Oc Banque Assurances - Société anonyme au capital de 12 000 000 euros")),
    msg("r_gaves_thanks", "other", "fr", ME_, "Merci pour ce second entretien",
        "2026-06-10 19:02 +0200", GAVES_THANKS, to=[LACAZE]),
    msg("r_gaves", R, "fr", LACAZE, "Re: Merci pour ce second entretien",
        "2026-06-17 12:26 +0200", GAVES, company="Mutuelle des Gaves", contact=LACAZE[1],
        parent="r_gaves_thanks", quote="fr", subj_enc="q:iso-8859-1"),
    msg("r_apa", R, "fr", ("Assurances Pyrénées Andorre", "noreply@workablemail.com"),
        "Assurances Pyrénées Andorre - votre candidature", "2026-07-01 14:54 +0000", APA,
        company="Assurances Pyrénées Andorre", name_enc="q:utf-8"),
    msg("r_emt", R, "fr", ("Florence Barrère", "f.barrere@entraide-mutualiste.example.fr"),
        "Journée de recrutement du 12 mars - résultat", "2026-03-18 10:01 +0100", EMT,
        company="Entraide Mutualiste Toulousaine",
        contact="f.barrere@entraide-mutualiste.example.fr", name_enc="q:iso-8859-1"),
    msg("r_ormeaux", R, "fr", ("Olivier Darrigade", "o.darrigade@ormeaux-recrutement.example.fr"),
        "Landes Mutuelle - retour sur votre profil", "2026-07-08 08:47 +0200", ORMEAUX,
        company="Landes Mutuelle", contact="o.darrigade@ormeaux-recrutement.example.fr",
        cte="base64"),
    msg("r_prevaq", R, "fr", ("Prévoyance Aquitaine", "no-reply@smartrecruiters.com"),
        "Réponse à votre candidature", "2026-08-20 07:12 +0000", None,
        company="Prévoyance Aquitaine",
        html=html_shell(PREVAQ, "Prévoyance Aquitaine", "#5b2c83",
                        "Vous recevez cet e-mail suite à votre candidature via SmartRecruiters.")),
    msg("r_northgate", R, "en", ("Northgate Re", "no-reply@hire.lever.co"),
        "Your application to Northgate Re", "2026-02-19 17:30 +0000", NORTHGATE,
        company="Northgate Re", html=html_shell(NORTHGATE)),
    msg("r_loop", R, "en", ("Priya Raman from Loop Claims", "no-reply@ashbyhq.com"),
        "Update on the Claims Associate (French/English) role", "2026-05-27 15:02 +0000", LOOP,
        company="Loop Claims", contact="priya.raman@loopclaims.example.co.uk",
        reply_to=("Priya Raman", "priya.raman@loopclaims.example.co.uk")),
    msg("r_harbourline", R, "en", ("Tom Aldridge", "tom.aldridge@harbourline.example.co.uk"),
        "Thamesmead Motor Claims - feedback", "2026-06-24 16:48 +0100", HARBOURLINE,
        company="Thamesmead Motor Claims", contact="tom.aldridge@harbourline.example.co.uk"),
    msg("r_kestrel_ask", "other", "en", ME_, "Damage Recovery Coordinator - follow-up",
        "2026-09-03 09:15 +0200", KESTREL_HERS, to=[SOPHIE]),
    msg("r_kestrel", R, "en", SOPHIE, "RE: Damage Recovery Coordinator - follow-up",
        "2026-09-04 14:31 +0100", KESTREL, company="Kestrel Car Hire", contact=SOPHIE[1],
        parent="r_kestrel_ask", quote="outlook_en"),
    msg("r_alpina", R, "de", ("Alpina Schadenservice", "no-reply@personio.de"),
        "Deine Bewerbung bei Alpina Schadenservice", "2026-04-22 08:05 +0000", ALPINA,
        company="Alpina Schadenservice",
        html=html_shell(ALPINA, "Alpina Schadenservice", "#2f6f4e")),
    msg("r_mietfix", R, "de", ("Andrea Pichler", "andrea.pichler@mietfix.example.de"),
        "Ihre Bewerbung - Mitarbeiterin Schadenmanagement Fahrzeugflotte",
        "2026-05-12 13:37 +0200", MIETFIX, company="MietFix Autovermietung",
        contact="andrea.pichler@mietfix.example.de", charset="iso-8859-1", cte="8bit"),
    msg("r_kessler", R, "de", ("Jens Kessler", "j.kessler@kessler-personal.example.de"),
        "Rückmeldung unseres Mandanten", "2026-07-14 10:20 +0200", KESSLER,
        company="Kessler Personalberatung", contact="j.kessler@kessler-personal.example.de",
        subj_enc="b:iso-8859-1", cte="quoted-printable"),
    msg("r_bavaria", R, "de", ("Bavaria Bankversicherung", "bavaria-bv@myworkday.com"),
        "Ihre Bewerbung als Kundenbetreuer Leistungsservice (m/w/d)",
        "2026-08-11 06:58 +0000", None, company="Bavaria Bankversicherung",
        html=html_shell(BAVARIA, "Bavaria Bankversicherung", "#004b87"), html_cte="base64"),
    msg("r_sinestra", R, "es", ("Sinestra Gestión", "noreply@workablemail.com"),
        "Sinestra Gestión: actualización de tu candidatura", "2026-03-10 11:45 +0000", SINESTRA,
        company="Sinestra Gestión", html=html_shell(SINESTRA, "Sinestra Gestión", "#1b5e20")),
    msg("r_andasseg", R, "es", ("Núria Pons Vidal", "nuria.pons@andorra-assegurances.example.ad"),
        "Proceso de selección Gestora de Siniestros - cancelación", "2026-06-09 09:30 +0200",
        ANDASSEG, company="Andorra Assegurances",
        contact="nuria.pons@andorra-assegurances.example.ad", name_enc="b:iso-8859-1",
        charset="iso-8859-1", cte="quoted-printable"),
    msg("r_talento", R, "es", ("Carla Domènech", "carla.domenech@talentoseguros.example.es"),
        "Feedback Iberclaims", "2026-09-15 18:20 +0200", TALENTO, company="Iberclaims",
        contact="carla.domenech@talentoseguros.example.es", charset="windows-1252"),
    msg("r_caixapir", R, "es", ("Marta Vilaró", "marta.vilaro@caixapirineu.example.es"),
        "Su candidatura - Gestora de Prestaciones", "2026-10-06 12:12 +0200", CAIXAPIR,
        company="Caixa Pirineu Seguros", contact="marta.vilaro@caixapirineu.example.es",
        html=html_shell(CAIXAPIR, "Caixa Pirineu Seguros", "#8b0000")),
]
