"""Corpus 249, kind `rejection`: 31 hand-written messages (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from msgs249_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    card,
    forwarded,
    outlook,
    outlook_block,
    paras,
    quote,
    simple,
    wrote,
)

R = "rejection"

# ---------------------------------------------------------------- fr

_vautrin_thanks = """Bonjour Claire,

Merci encore pour l'entretien de ce matin et pour la visite des caves de l'avenue de Champagne.
J'ai beaucoup apprécié l'échange avec M. Delorme sur les marchés nordiques ; cela me conforte
dans l'envie de rejoindre l'équipe export.

Je reste à votre disposition pour tout complément.

Bien à vous,
Anaïs"""

_vautrin_text = f"""Bonjour Anaïs,

Merci pour votre message et pour le temps que vous nous avez consacré lors de nos échanges.

Nous avons rencontré plusieurs personnes pour ce poste d'assistante export et, après
réflexion, notre choix s'est porté sur une candidate qui a déjà tenu un portefeuille
d'importateurs scandinaves. Votre parcours en sommellerie nous a vraiment plu, mais il nous
manque aujourd'hui le temps de former quelqu'un sur l'administration des ventes.

M. Delorme m'a demandé de vous dire qu'il garderait volontiers votre dossier pour les
vendanges : nous recrutons des guides bilingues chaque automne.

Belle continuation à vous,

Claire Obadia
Chargée de recrutement
Maison Vautrin-Delorme
22 avenue de Champagne, 51200 Épernay
Tél. +33 3 26 55 12 40

{wrote("fr", "mar. 3 mars 2026 à 18:42", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_vautrin_thanks)}
"""

_brissac_html = card(
    "Maison Brissac-Aubertin",
    "Votre candidature – Assistant(e) commercial(e) export",
    paras("""Bonjour Anaïs,

Nous vous remercions de l'intérêt que vous portez à Maison Brissac-Aubertin et du temps
consacré à votre candidature au poste d'Assistant(e) commercial(e) export (réf. BA-2026-014).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que celui-ci
n'a pas été retenu pour la suite du processus.

Nous conserverons vos informations dans notre vivier pendant deux ans, sauf opposition de votre
part, et vous invitons à consulter régulièrement nos offres.

L'équipe Talents
Maison Brissac-Aubertin"""),
    footer="Ce message a été envoyé via SmartRecruiters. Merci de ne pas y répondre directement."
           " <a href=\"https://jobs.smartrecruiters.com/MaisonBrissacAubertin\">Nos offres</a>",
)

_delmotte_text = """Bonjour Madame Lefebvre-Mwangi,

Suite à votre entretien avec Mme Peeters, nous ne poursuivrons pas votre candidature pour le
poste d'assistante export. Le profil retenu parle le néerlandais couramment, ce qui était
décisif pour notre clientèle flamande.

Merci pour votre déplacement jusqu'à Bruxelles et bonne chance pour la suite.

Marie-Noëlle Dierickx
Caves Delmotte - Ressources humaines
Chaussée de Waterloo 1184, 1180 Uccle
GSM +32 475 61 22 09
"""

_merieux_text = """Anaïs,

Je reviens vers vous comme promis après mon point avec la Maison Sérigny ce matin.

Ils ont beaucoup aimé votre énergie et votre palais, c’est le mot du directeur export, mais
ils ont finalement choisi un profil qui a déjà travaillé côté importateur aux États-Unis. C’est
donc une réponse négative pour ce poste-là, et je sais que ce n’est pas ce que vous espériez.

De mon côté, je garde votre dossier en tête : j’ai deux autres mandats négoce qui
s’ouvriront sans doute en mai. Appelez-moi quand vous voulez d’ici là.

Bien à vous,

Bastien Roux-Chabert
Associé – Cabinet Mérieux Search
41 rue de Courcelles, 75008 Paris
+33 1 44 09 73 18 – +33 6 12 40 88 31
"""

_coutelas_thanks = """Bonjour Hélène,

Un grand merci pour notre échange téléphonique de ce matin. La présentation du projet de
développement au Japon m'a donné très envie de poursuivre.

Belle journée,
Anaïs Lefebvre-Mwangi"""

_coutelas_text = f"""Bonjour Anaïs,

Je vous remercie pour votre gentil message et pour la qualité de notre échange.

Nous avons finalement décidé d'avancer avec des candidatures dont l'expérience correspond
plus étroitement aux exigences du poste, en particulier sur la gestion des documents
d'exportation vers l'Asie. Je sais que la réponse est décevante après un si bon contact.

Je vous souhaite de trouver très vite la maison qui vous conviendra.

Hélène Brûlé
Responsable administration des ventes
Champagne Coutelas – 7 rue Jules Lobet, 51160 Aÿ-Champagne
03 26 54 80 17

{wrote("fr", "mer. 8 avr. 2026 à 11:05", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_coutelas_thanks)}
"""

_grellier_text = """Madame,

Je me permets de revenir vers vous concernant le poste d'assistante export que nous avions
publié en janvier.

Notre direction a décidé de geler ce recrutement jusqu'à nouvel ordre, suite à la perte d'un
client important sur la zone Benelux. Le poste est mis en attente et nous n'irons pas plus
loin dans le processus, ni avec vous ni avec les autres personnes rencontrées.

Je suis sincèrement désolé de ce contretemps, qui ne remet pas en cause la qualité de votre
candidature.

Cordialement,

Yannick Ferrand
Responsable d'exploitation
Grellier Logistique – ZA de la Pompelle, 51100 Reims
Tél. 03 26 85 40 77

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir
l'expéditeur.
"""

_salon_text = """Bonjour Anaïs,

Je voulais vous prévenir personnellement : le poste de chargée des exposants internationaux a
été pourvu en interne. Une collègue de notre équipe visiteurs a demandé sa mobilité la
semaine dernière et la direction a validé sa candidature.

Le processus externe s'arrête donc ici. Merci pour votre participation à la session
d'évaluation, votre mise en situation avec les exposants espagnols a été très remarquée.

Avec mes regrets,
Inès Garnier-Tahri
Responsable RH, Salon Bulles & Terroirs
12 rue de la Chaussée-d'Antin, 75009 Paris
"""

_fret_html = card(
    "Fret Vinicole Européen",
    "Mise à jour de votre candidature",
    paras("""Bonjour Anaïs Lefebvre-Mwangi,

Merci d'avoir postulé au poste de Coordinateur·rice export – vins et spiritueux à Lille.

Nous avons reçu de très nombreuses candidatures et, malheureusement, nous ne pourrons pas donner
suite à la vôtre. Cette décision ne reflète pas la valeur de votre parcours ; d'autres profils
présentaient une expérience plus directe du transit douanier.

Nous vous souhaitons beaucoup de réussite dans votre recherche.

Fret Vinicole Européen – Équipe recrutement"""),
    footer="Envoyé avec Workable · Vous recevez cet e-mail car vous avez postulé sur "
           "fret-vinicole.workable.com",
    accent="#1d4e89",
)

_proxi_text = """Bonjour Anaïs,

J'ai eu le retour de notre client négociant ce midi : ils ne retiennent pas votre candidature
pour la mission d'assistante ADV export. Ils cherchaient finalement quelqu'un disponible dès
lundi prochain et votre préavis ne collait pas.

Je vous rappelle dès qu'une nouvelle mission dans le vin ou les spiritueux se présente sur la
métropole lilloise.

Kévin Dupuis
Chargé de recrutement – Proxi Intérim Lille Centre
03 20 57 11 64
"""

_fontclair_text = """Coucou Anaïs,

Bon, je préfère te le dire moi-même avant que le mail officiel des RH arrive : pour le poste
export, c'est raté. Ils ont pris quelqu'un qui vient de chez un transitaire, le genre qui
connaît les DAE par cœur. J'ai plaidé ta cause mais la décision était déjà bouclée.

Franchement ça me dégoûte un peu, j'aurais adoré qu'on retravaille ensemble. On se fait un
verre à Reims la semaine prochaine pour en parler ?

Bises,
Léa

--
Léa Marchal
Responsable œnotourisme – Maison Fontclair, Épernay
"""

_moselvins_invite = """Bonjour Madame Lefebvre-Mwangi,

Nous avons le plaisir de vous convier à une journée découverte le mardi 5 mai 2026 dans nos
entrepôts de Grevenmacher. Vous y rencontrerez l'équipe commerciale et participerez à une
mise en situation avec un client belge.

Merci de nous confirmer votre présence.

Paul Weis"""

_moselvins_reply = """Bonjour Monsieur Weis,

Avec plaisir, je serai présente le 5 mai à 9 h. Merci pour l'invitation.

Anaïs"""

_moselvins_text = f"""Bonjour Madame Lefebvre-Mwangi,

Merci encore d'avoir passé la journée avec nous mardi.

L'équipe a apprécié votre aisance avec les clients, mais nous avons besoin d'une personne
capable de prendre en charge seule la facturation intracommunautaire dès son arrivée, et
nous avons fait un autre choix. Je regrette de ne pas avoir une meilleure nouvelle à vous
annoncer.

Nous vous souhaitons plein succès dans votre recherche.

Paul Weis
Directeur commercial
Moselvins Distribution
Route du Vin 48, L-6794 Grevenmacher
Tél. +352 26 74 51 30

{outlook_block("fr", "Anaïs Lefebvre-Mwangi <anais.lm@example.fr>", "vendredi 24 avril 2026 19:12", "Paul Weis <paul.weis@moselvins.example.lu>", "RE: Journée découverte chez Moselvins")}

{_moselvins_reply}

{outlook_block("fr", "Paul Weis <paul.weis@moselvins.example.lu>", "vendredi 24 avril 2026 16:03", "Anaïs Lefebvre-Mwangi <anais.lm@example.fr>", "Journée découverte chez Moselvins")}

{_moselvins_invite}
"""

_chais_html = simple(paras("""Madame,

Vous avez postulé à l'offre « Assistant export Europe du Nord » (réf. 26-0112) des Grands
Chais Parisiens et nous vous en remercions.

Nous avons le regret de vous faire savoir qu'après examen, votre profil ne correspond pas
suffisamment aux critères définis pour ce poste. Cette réponse ne vous empêche pas de
postuler à d'autres offres publiées sur notre site carrières.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Les Grands Chais Parisiens

Message automatique : merci de ne pas répondre."""))

_sablon_text = """Bonjour Anaïs,

Je reviens vers vous suite à votre entretien chez Maison Dujardin-Vins.

Le client a apprécié la rencontre mais a décidé de ne pas aller plus loin : ils préfèrent
quelqu'un qui habite déjà à Bruxelles, vu les permanences du samedi au magasin de la place du
Sablon. Je sais que vous étiez prête à déménager, je l'ai redit, mais la décision est prise.

Je vous recontacte endéans les deux semaines si une autre fonction s'ouvre chez nos clients
du secteur.

Bien à vous,

Nathalie Vanderstraeten
Consultante – Interim Sablon
Rue Lebeau 27, 1000 Bruxelles
+32 2 512 48 90
"""

_cellier_text = """Bonjour Madame Lefebvre-Mwangi,

Nous vous remercions pour l'entretien que vous avez eu avec notre directeur commercial.

Nous vous informons que nous ne donnerons pas de suite favorable à votre candidature au poste
d'assistante commerciale export. Votre dossier sera supprimé de notre base dans un délai de
deux ans conformément au RGPD.

Cordialement,
Le service recrutement – Le Cellier Rémois

-----
Cet e-mail a été envoyé depuis notre plateforme de recrutement iCIMS. Les réponses à cette
adresse ne sont pas lues.
"""

_massonnet_inner = """Bonjour Romain,

Merci pour la présentation de Mme Lefebvre-Mwangi. Nous avons bien aimé son parcours mais
nous allons privilégier un profil avec un permis poids lourd pour les tournées chez les
cavistes. Merci de la remercier de notre part.

Cordialement,
Agnès Massonnet"""

_massonnet_text = f"""Bonjour Anaïs,

Je vous transfère ci-dessous le retour de Champagne Massonnet, reçu ce matin. C'est un non,
pour une raison qui n'a rien à voir avec vos compétences.

Je continue à chercher pour vous, on s'appelle jeudi ?

Romain Térel
Vendanges RH – recrutement vins & spiritueux
06 71 48 22 90

{forwarded("fr", "Agnès Massonnet <agnes@champagne-massonnet.example.fr>", "lun. 12 oct. 2026 à 08:47", "Candidature Lefebvre-Mwangi", "Romain Térel <romain.terel@vendanges-rh.example.fr>")}

{_massonnet_inner}
"""

# ---------------------------------------------------------------- en

_highland_text = """Hi Anaïs,

Thanks for getting back to me about last Tuesday. I'm sorry to say that we won't be
rebooking the interview: we had strong candidates on the shortlist and the hiring manager has
now made a decision to proceed with one of them.

I appreciate the notice you gave afterwards and wish you the very best with the move into
export.

Kind regards,
Fiona MacRae
Talent Partner, Highland Cellars
"""

_caledonian_html = card(
    "Caledonian Wine Merchants",
    "An update on your application",
    paras("""Dear Anaïs,

Thank you for your interest in the Export Sales Assistant position and for taking the time to
speak with our team.

We have now completed our review. On this occasion we will not be moving your application
forward. We received a large number of applications, and the decision was a difficult one.

We wish you every success in your search and encourage you to keep an eye on our careers
page.

Warm regards,
The Caledonian Wine Merchants Talent Team"""),
    footer="Powered by Greenhouse. Please do not reply to this email.",
    accent="#123d2b", lang="en",
)

_harrow_text = """Anaïs,

Quick update after my call with Glenmorven Distillers this afternoon.

They've decided not to progress you to the final round. The feedback was positive on your
product knowledge and languages; the gap for them is hands-on experience with bonded
warehouse paperwork, which the role needs from day one. I pushed back a little, but it's
their call.

Not the news either of us wanted. I'll keep you in mind for the Bordeaux-side brief I
mentioned.

Best,
James

James Okafor
Principal Consultant | Harrow & Finch Executive Search
3 Charlotte Square, Edinburgh EH2 4DR
+44 131 496 0721
"""

_forth_text = """Hello Anaïs,

Short note to let you know the export coordinator vacancy is on hold. Our parent company has
frozen headcount for the rest of the year, so we won't be taking any applications further,
yours included.

Sorry to deliver this by email.

Dougie Paterson
Operations Manager
Forth Bonded Logistics, Unit 9 Newhaven Road, Edinburgh EH6 4LQ
"""

_lothian_thanks = """Dear Priya,

Thank you for your time on Thursday. It was a pleasure to meet the panel and hear about the
plans for the Nordic accounts. I remain very interested in the role.

Best wishes,
Anaïs"""

_lothian_text = f"""Dear Anaïs,

Thank you for your kind note, and for the effort you put into the presentation.

The panel met on Monday. We've offered the role to another candidate, who accepted this
morning, so I'm writing to let you know we won't be able to take things further with you.
It was close, and several of us mentioned your tasting notes on the Jura flight.

If you'd like feedback, I'm happy to arrange a short call.

With best wishes,
Priya Raman
People & Culture Lead
Lothian Fine Wines | 77 Great Junction Street, Leith, Edinburgh EH6 5HZ
0131 496 0188

{wrote("en", "Fri, 28 Aug 2026 at 17:20", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_lothian_thanks)}
"""

_albyn_text = """Hi Anaïs,

Thanks for applying for the Exhibitor Relations Coordinator role at Albyn Trade Shows.

After reviewing your application against the requirements for the position, we've concluded
that we will not be scheduling an interview at this time.

We appreciate the time you invested and wish you luck.

Albyn Trade Shows Recruitment

This message was sent by BambooHR on behalf of Albyn Trade Shows.
"""

_saltire_text = """Dear Anaïs,

Many thanks for attending the second-round interview last week.

I regret to tell you that the panel felt other applicants were a closer match for the
commercial targets attached to this role, and we have decided not to offer you the
position. Please don't let this discourage you; your French and Spanish stood out.

Yours sincerely,

Catriona Bell
HR Business Partner
Saltire Drinks Export Ltd
Quayside House, 10 Commercial Street, Edinburgh EH6 6LX
T: +44 131 496 0340

DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged.
If you are not the intended recipient, please notify the sender and delete it. Saltire
Drinks Export Ltd is registered in Scotland, company no. SC000249.
"""

_leith_quoted = """Hi Tom,

Great to chat on Thursday, thanks for the tour of the shop. Let me know about next steps.

Anaïs"""

_leith_text = f"""Thanks Anaïs, appreciated. We've gone another way on this one, I'm afraid.
Good luck with it all.

Tom

{wrote("en", "Mon, 21 Sept 2026 at 09:02", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_leith_quoted)}
"""

# ---------------------------------------------------------------- de

_kornmeyer_text = """Sehr geehrte Frau Lefebvre-Mwangi,

vielen Dank für Ihre Teilnahme an unserem Assessment Center in Luxemburg-Findel.

Nach sorgfältiger Auswertung aller Ergebnisse müssen wir Ihnen leider mitteilen, dass wir Sie
für die Position »Assistenz Exportabwicklung« nicht berücksichtigen können. Ausschlaggebend
waren die Ergebnisse in der Fallstudie zur Zollabwicklung.

Wir bedanken uns für Ihr Engagement und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Sabine Kessler
Personalreferentin
Kornmeyer Spedition S.à r.l.
Rue de Trèves 12, L-2632 Findel
Tel. +352 27 48 90 12
"""

_rebenhof_html = simple(paras("""Sehr geehrte Frau Lefebvre-Mwangi,

wir danken Ihnen für Ihre Bewerbung als Vertriebsassistenz Export (m/w/d) und das uns
entgegengebrachte Vertrauen.

Nach eingehender Prüfung haben wir uns für eine andere Bewerberin entschieden. Wir bedauern,
Ihnen keine positivere Nachricht geben zu können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rebenhof Vertrieb GmbH

Diese E-Mail wurde automatisch von SAP SuccessFactors versendet."""), lang="de")

_kopfwerk_text = """Liebe Frau Lefebvre-Mwangi,

ich habe heute mit der Geschäftsführung der Sektkellerei Hausmann gesprochen. Man hat sich
dort für eine Kandidatin entschieden, die bereits Erfahrung mit dem Schweizer Markt mitbringt.
Für Sie geht es in diesem Verfahren daher nicht weiter.

Das tut mir leid – das Gespräch mit Herrn Hausmann war nach meinem Eindruck sehr gut. Ich
melde mich, sobald ich ein passendes Mandat im Benelux-Raum habe.

Herzliche Grüße
Dr. Matthias Brenner
Partner | Kopfwerk Executive Search
Königsallee 61, 40212 Düsseldorf
+49 211 5408 7730
"""

_vinolux_text = """Hallo Frau Lefebvre-Mwangi,

kurze Info zu Ihrer Bewerbung als Projektassistenz Ausstellerbetreuung: Die Stelle haben wir
inzwischen intern besetzt. Deshalb können wir Ihre Bewerbung nicht weiter berücksichtigen.

Danke für Ihr Interesse und viele Grüße
Jana Hoffmann
VinoLux Messe · Teamleitung Personal
"""

# ---------------------------------------------------------------- es

_iturrialde_text = """Hola Anaïs:

Te escribo para cerrar el proceso de asistente de exportación. Finalmente hemos cubierto la
vacante con una persona de nuestro equipo de enoturismo que pidió el cambio de departamento,
así que no seguiremos adelante con candidaturas externas.

Siento que haya sido así después del lío con la fecha de la entrevista. Gracias por tu
paciencia y mucha suerte.

Un saludo,
Maite Garaikoetxea
Responsable de Personas
Bodegas Iturrialde · Avda. de Burgos 112, 26006 Logroño
Tel. 941 20 55 18
"""

_valdemora_html = card(
    "Bodegas Valdemora",
    "Tu candidatura: Asistente comercial de exportación",
    paras("""Hola Anaïs,

Gracias por tu interés en Bodegas Valdemora y por el tiempo dedicado a la entrevista.

Tras valorar todas las candidaturas, lamentamos comunicarte que hemos seleccionado a otra
persona cuyo perfil se ajusta mejor a las necesidades actuales del departamento.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Selección de Bodegas Valdemora"""),
    footer="Enviado mediante Recruitee. No respondas a este correo.",
    accent="#5b1a32", lang="es",
)

_rioja_text = """Buenos días, Anaïs:

Te llamo esta tarde, pero te adelanto por escrito que nuestro cliente ha descartado tu
candidatura para la vacante de administrativa de exportación. Prefieren a alguien con
experiencia previa en el programa de gestión que usan en el almacén.

Seguimos contando contigo para otros procesos.

Sergio Ortega
Consultor de selección – Rioja Talento ETT
C/ Portales 41, 26001 Logroño
"""

_ebro_text = """Estimada Anaïs:

Le escribimos en relación con su candidatura para el puesto de auxiliar de exportación.

La dirección ha decidido congelar esta contratación hasta el próximo ejercicio, por lo que
el proceso queda cancelado y no continuaremos con ninguna candidatura. Lamentamos las
molestias.

Atentamente,
Lucía Pardo
Departamento de RR. HH.
Transportes Ebro Cargo S.L. – Polígono Cantabria, 26009 Logroño
"""

MESSAGES = [
    M(R, "vautrin_after_interview", "fr", company="Maison Vautrin-Delorme",
      contact="claire.obadia@vautrin-delorme.example.fr",
      frm=("Obadia, Claire", "claire.obadia@vautrin-delorme.example.fr"),
      subject="RE: Merci pour l'entretien", date="2026-03-09 14:22 +0100",
      mid="AM6PR01MB4410.vautrin.20260309@vautrin-delorme.example.fr",
      irt="d01b7e3a-249b@example.fr",
      refs=["AM6PR01MB4410.vautrin.20260210@vautrin-delorme.example.fr",
            "d01b7e3a-249b@example.fr"],
      text=_vautrin_text, html=outlook(paras(_vautrin_text)), cte="quoted-printable",
      headers=[("Thread-Topic", "Merci pour l'entretien"), ("X-MS-Has-Attach", "no")]),
    M(R, "brissac_smartrecruiters", "fr", company="Maison Brissac-Aubertin",
      frm=("Maison Brissac-Aubertin", "no-reply@smartrecruiters.com"),
      to=CANDIDATE_ADDR,
      subject="Votre candidature chez Maison Brissac-Aubertin", date="2026-01-29 07:03 +0000",
      mid="sr.88412.rej@smartrecruiters.com",
      refs=["sr.88412.ack@smartrecruiters.com"], html=_brissac_html),
    M(R, "delmotte_after_meeting", "fr", company="Caves Delmotte",
      contact="m.dierickx@caves-delmotte.example.be",
      frm=("Marie-Noëlle Dierickx", "m.dierickx@caves-delmotte.example.be"),
      subject="Votre candidature : assistante export (Caves Delmotte, Uccle)", date="2026-04-08 16:40 +0200",
      mid="delmotte.20260408.1640@caves-delmotte.example.be",
      refs=["delmotte.20260317.0911@caves-delmotte.example.be"],
      text=_delmotte_text, charset="iso-8859-1", cte="quoted-printable",
      enc={"subject": ("iso-8859-1", "Q"), "from": ("iso-8859-1", "B")}),
    M(R, "merieux_client_declines", "fr", company="Maison Sérigny",
      contact="bastien.rouxchabert@merieux-search.example.fr",
      frm=("Bastien Roux-Chabert", "bastien.rouxchabert@merieux-search.example.fr"),
      subject="Sérigny – leur retour", date="2026-03-25 12:15 +0100",
      mid="merieux.serigny.4@merieux-search.example.fr",
      refs=["merieux.serigny.1@merieux-search.example.fr",
            "merieux.serigny.2@merieux-search.example.fr",
            "merieux.serigny.3@merieux-search.example.fr"],
      text=_merieux_text, charset="windows-1252", cte="8bit",
      enc={"subject": ("windows-1252", "Q")}),
    M(R, "coutelas_after_phone", "fr", company="Champagne Coutelas",
      contact="helene.brule@champagne-coutelas.example.fr",
      frm=("Hélène Brûlé", "helene.brule@champagne-coutelas.example.fr"),
      subject="Re: Merci pour notre échange", date="2026-04-22 10:31 +0200",
      mid="coutelas.5@champagne-coutelas.example.fr", irt="f3a9c210-249c@example.fr",
      refs=["coutelas.1@champagne-coutelas.example.fr", "f3a9c210-249c@example.fr"],
      text=_coutelas_text, cte="base64", enc={"from": ("utf-8", "B")}),
    M(R, "grellier_role_frozen", "fr", company="Grellier Logistique",
      contact="y.ferrand@grellier-logistique.example.fr",
      frm=("Yannick Ferrand", "y.ferrand@grellier-logistique.example.fr"),
      subject="Poste d'assistante export – mise en attente", date="2026-02-26 09:05 +0100",
      mid="grellier.3@grellier-logistique.example.fr",
      refs=["icims.grellier.inv@icims.com", "grellier.2@grellier-logistique.example.fr"],
      text=_grellier_text, html=outlook(paras(_grellier_text)), charset="windows-1252",
      cte="quoted-printable"),
    M(R, "salon_filled_internally", "fr", company="Salon Bulles & Terroirs",
      contact="ines.garnier-tahri@bulles-terroirs.example.fr",
      frm=("Inès Garnier-Tahri", "ines.garnier-tahri@bulles-terroirs.example.fr"),
      subject="Chargée des exposants internationaux", date="2026-02-20 17:48 +0100",
      text=_salon_text, charset="iso-8859-1", cte="8bit",
      enc={"from": ("iso-8859-1", "Q")}),
    M(R, "fret_workable", "fr", company="Fret Vinicole Européen",
      frm=("Fret Vinicole Européen", "noreply@workablemail.com"),
      subject="Votre candidature chez Fret Vinicole Européen", date="2026-07-24 08:12 +0000",
      mid="wk.fve.72210.rej@workablemail.com", refs=["wk.fve.72210.ack@workablemail.com"],
      html=_fret_html, cte="base64",
      headers=[("X-Mailer", "Workable")]),
    M(R, "proxi_client_no", "fr", company="Proxi Intérim",
      contact="kevin.dupuis@proxi-interim.example.fr",
      frm=("Kévin Dupuis", "kevin.dupuis@proxi-interim.example.fr"),
      subject="Mission ADV export – retour client", date="2026-06-23 13:10 +0200",
      mid="proxi.4@proxi-interim.example.fr",
      refs=["proxi.2@proxi-interim.example.fr", "proxi.3@proxi-interim.example.fr"],
      text=_proxi_text),
    M(R, "fontclair_friend_inside", "fr", company="Maison Fontclair",
      contact="lea.marchal@maison-fontclair.example.fr",
      frm=("Léa Marchal", "lea.marchal@maison-fontclair.example.fr"),
      to=("Anaïs", CANDIDATE_ADDR),
      subject="le poste export…", date="2026-10-02 21:37 +0200",
      text=_fontclair_text, html=simple(paras(_fontclair_text))),
    M(R, "moselvins_after_trial_day", "fr", company="Moselvins Distribution",
      contact="paul.weis@moselvins.example.lu",
      frm=("Paul Weis", "paul.weis@moselvins.example.lu"),
      subject="RE: Journée découverte chez Moselvins", date="2026-05-08 11:20 +0200",
      mid="moselvins.4@moselvins.example.lu",
      refs=["moselvins.1@moselvins.example.lu", "moselvins.2@moselvins.example.lu"],
      text=_moselvins_text, html=outlook(paras(_moselvins_text)), cte="quoted-printable"),
    M(R, "chais_parisiens_taleo", "fr", company="Les Grands Chais Parisiens",
      frm=("Les Grands Chais Parisiens", "no-reply@taleo.net"),
      subject="Réponse à votre candidature (réf. 26-0112)", date="2026-06-03 05:55 +0000",
      mid="taleo.gcp.260112.rej@taleo.net", refs=["taleo.gcp.260112.ack@taleo.net"],
      html=_chais_html, charset="iso-8859-1", cte="quoted-printable",
      enc={"subject": ("iso-8859-1", "B")}),
    M(R, "sablon_client_declines", "fr", company="Maison Dujardin-Vins",
      contact="n.vanderstraeten@interim-sablon.example.be",
      frm=("Nathalie Vanderstraeten", "n.vanderstraeten@interim-sablon.example.be"),
      subject="Maison Dujardin-Vins : retour après votre entretien",
      date="2026-10-20 15:02 +0200",
      mid="sablon.3@interim-sablon.example.be",
      refs=["sablon.1@interim-sablon.example.be", "sablon.2@interim-sablon.example.be"],
      text=_sablon_text, html=simple(paras(_sablon_text))),
    M(R, "cellier_remois_icims", "fr", company="Le Cellier Rémois",
      frm=("Le Cellier Rémois – Recrutement", "cellier-remois-noreply@icims.com"),
      subject="Le Cellier Rémois – suite donnée à votre candidature",
      date="2026-06-15 06:30 +0000", mid="icims.lcr.5512.rej@icims.com",
      refs=["icims.lcr.5512.ack@icims.com"],
      text=_cellier_text, html=card("Le Cellier Rémois", "Votre candidature",
                                    paras(_cellier_text), accent="#4a2c2a"),
      enc={"from": ("windows-1252", "Q")}),
    M(R, "massonnet_forwarded_by_agency", "fr", company="Champagne Massonnet",
      contact="romain.terel@vendanges-rh.example.fr",
      frm=("Romain Térel", "romain.terel@vendanges-rh.example.fr"),
      subject="TR: Candidature Lefebvre-Mwangi", date="2026-10-12 10:14 +0200",
      text=_massonnet_text),
    # ------------------------------------------------------------ en
    M(R, "highland_after_missed", "en", company="Highland Cellars",
      contact="fiona.macrae@highlandcellars.example.co.uk",
      frm=("Fiona MacRae via Lever", "no-reply@hire.lever.co"),
      reply_to=("Fiona MacRae", "fiona.macrae@highlandcellars.example.co.uk"),
      subject="Re: Sorry about Tuesday", date="2026-04-28 15:44 +0100",
      mid="lever.hc.5@hire.lever.co", irt="a77e0d41-249d@example.fr",
      refs=["lever.hc.2@hire.lever.co", "lever.hc.3@hire.lever.co",
            "a77e0d41-249d@example.fr"],
      text=_highland_text, html=simple(paras(_highland_text), lang="en")),
    M(R, "caledonian_greenhouse", "en", company="Caledonian Wine Merchants",
      frm=("Caledonian Wine Merchants", "no-reply@greenhouse-mail.io"), to=CANDIDATE_ADDR,
      subject="Your application to Caledonian Wine Merchants", date="2026-04-30 10:00 +0000",
      mid="gh.cwm.3@greenhouse-mail.io", refs=["gh.cwm.1@greenhouse-mail.io"],
      html=_caledonian_html, cte="quoted-printable"),
    M(R, "harrow_client_declines", "en", company="Glenmorven Distillers",
      contact="james.okafor@harrowfinch.example.co.uk",
      frm=("James Okafor", "james.okafor@harrowfinch.example.co.uk"),
      subject="Glenmorven - update", date="2026-08-19 17:05 +0100",
      mid="hf.glen.4@harrowfinch.example.co.uk",
      refs=["hf.glen.2@harrowfinch.example.co.uk", "hf.glen.3@harrowfinch.example.co.uk"],
      text=_harrow_text),
    M(R, "forth_vacancy_on_hold", "en", company="Forth Bonded Logistics",
      contact="dougie.paterson@forthbonded.example.co.uk",
      frm=("Dougie Paterson", "dougie.paterson@forthbonded.example.co.uk"),
      subject="Export coordinator vacancy", date="2026-05-20 08:58 +0100",
      text=_forth_text),
    M(R, "lothian_after_panel", "en", company="Lothian Fine Wines",
      contact="priya.raman@lothianfinewines.example.co.uk",
      frm=("Priya Raman", "priya.raman@lothianfinewines.example.co.uk"),
      subject="Re: Thank you", date="2026-09-02 12:12 +0100",
      mid="lfw.4@lothianfinewines.example.co.uk", irt="5b2c8e11-249e@example.fr",
      refs=["lfw.1@lothianfinewines.example.co.uk", "lfw.2@lothianfinewines.example.co.uk",
            "5b2c8e11-249e@example.fr"],
      text=_lothian_text, html=simple(paras(_lothian_text), lang="en"),
      cte="quoted-printable"),
    M(R, "albyn_bamboohr", "en", company="Albyn Trade Shows",
      frm=("Albyn Trade Shows", "notifications@bamboohr.com"),
      subject="Exhibitor Relations Coordinator - Albyn Trade Shows",
      date="2026-03-16 09:30 +0000", mid="bamboo.albyn.2@bamboohr.com",
      refs=["bamboo.albyn.1@bamboohr.com"], text=_albyn_text),
    M(R, "saltire_second_round", "en", company="Saltire Drinks Export",
      contact="catriona.bell@saltiredrinks.example.co.uk",
      frm=("Catriona Bell", "catriona.bell@saltiredrinks.example.co.uk"),
      cc=[("Recruitment", "recruitment@saltiredrinks.example.co.uk")],
      subject="Export Sales Assistant - outcome of your interview",
      date="2026-06-26 16:20 +0100",
      text=_saltire_text, html=outlook(paras(_saltire_text), lang="en"),
      charset="windows-1252", cte="quoted-printable"),
    M(R, "leith_terse", "en", company="Leith Vintners",
      contact="tom@leithvintners.example.co.uk",
      frm=("Tom Ashworth", "tom@leithvintners.example.co.uk"),
      subject="Re: Thursday", date="2026-09-29 18:03 +0100",
      mid="CAF=tom.leith.3@leithvintners.example.co.uk", irt="0c1d9f55-249f@example.fr",
      refs=["CAF=tom.leith.1@leithvintners.example.co.uk", "0c1d9f55-249f@example.fr"],
      text=_leith_text),
    # ------------------------------------------------------------ de
    M(R, "kornmeyer_after_ac", "de", company="Kornmeyer Spedition",
      contact="sabine.kessler@kornmeyer.example.lu",
      frm=("Sabine Kessler", "sabine.kessler@kornmeyer.example.lu"),
      subject="Ihre Bewerbung: Assistenz Exportabwicklung", date="2026-07-20 10:45 +0200",
      mid="kornmeyer.4@kornmeyer.example.lu",
      refs=["kornmeyer.2@kornmeyer.example.lu", "kornmeyer.3@kornmeyer.example.lu"],
      text=_kornmeyer_text, charset="iso-8859-1", cte="quoted-printable",
      enc={"subject": ("iso-8859-1", "Q")}),
    M(R, "rebenhof_successfactors", "de", company="Rebenhof Vertrieb",
      frm=("Rebenhof Vertrieb Recruiting", "noreply@successfactors.eu"),
      subject="Ihre Bewerbung bei Rebenhof Vertrieb", date="2026-07-13 04:12 +0000",
      mid="sf.rebenhof.3@successfactors.eu", refs=["sf.rebenhof.2@successfactors.eu"],
      html=_rebenhof_html, cte="base64"),
    M(R, "kopfwerk_client_declines", "de", company="Sektkellerei Hausmann",
      contact="m.brenner@kopfwerk.example.de",
      frm=("Dr. Matthias Brenner", "m.brenner@kopfwerk.example.de"),
      subject="Sektkellerei Hausmann – Rückmeldung", date="2026-03-10 18:22 +0100",
      mid="kopfwerk.3@kopfwerk.example.de",
      refs=["kopfwerk.1@kopfwerk.example.de", "kopfwerk.2@kopfwerk.example.de"],
      text=_kopfwerk_text, html=simple(paras(_kopfwerk_text), lang="de"),
      charset="windows-1252", cte="quoted-printable"),
    M(R, "vinolux_filled_internally", "de", company="VinoLux Messe",
      contact="jana.hoffmann@vinolux-messe.example.lu",
      frm=("Jana Hoffmann", "jana.hoffmann@vinolux-messe.example.lu"),
      subject="Ihre Bewerbung Projektassistenz", date="2026-03-26 14:02 +0100",
      refs=["vinolux.ack.1@vinolux-messe.example.lu"], text=_vinolux_text),
    # ------------------------------------------------------------ es
    M(R, "iturrialde_covered_internally", "es", company="Bodegas Iturrialde",
      contact="maite.garaikoetxea@iturrialde.example.es",
      frm=("Maite Garaikoetxea", "maite.garaikoetxea@iturrialde.example.es"),
      subject="Proceso asistente de exportación", date="2026-07-03 13:30 +0200",
      mid="iturrialde.5@iturrialde.example.es",
      refs=["iturrialde.2@iturrialde.example.es", "iturrialde.4@iturrialde.example.es"],
      text=_iturrialde_text, charset="iso-8859-1", cte="8bit",
      enc={"subject": ("iso-8859-1", "Q"), "to": ("iso-8859-1", "B")}),
    M(R, "valdemora_recruitee", "es", company="Bodegas Valdemora",
      frm=("Bodegas Valdemora", "no-reply@jobs.recruitee.com"),
      subject="Actualización sobre tu candidatura", date="2026-08-25 07:41 +0000",
      mid="recruitee.valdemora.3@jobs.recruitee.com",
      refs=["recruitee.valdemora.1@jobs.recruitee.com"],
      html=_valdemora_html, enc={"subject": ("utf-8", "B")}),
    M(R, "rioja_talento_client_no", "es", company="Rioja Talento",
      contact="sergio.ortega@riojatalento.example.es",
      frm=("Sergio Ortega", "sergio.ortega@riojatalento.example.es"),
      subject="Vacante administrativa exportación", date="2026-09-01 11:18 +0200",
      mid="riojatalento.3@riojatalento.example.es",
      refs=["riojatalento.1@riojatalento.example.es", "riojatalento.2@riojatalento.example.es"],
      text=_rioja_text, cte="quoted-printable"),
    M(R, "ebro_hiring_frozen", "es", company="Transportes Ebro Cargo",
      contact="lucia.pardo@ebrocargo.example.es",
      frm=("Lucía Pardo", "lucia.pardo@ebrocargo.example.es"),
      subject="Su candidatura – auxiliar de exportación", date="2026-10-05 09:40 +0200",
      text=_ebro_text, html=outlook(paras(_ebro_text), lang="es"),
      charset="windows-1252", cte="quoted-printable", enc={"from": ("windows-1252", "Q")}),
]
