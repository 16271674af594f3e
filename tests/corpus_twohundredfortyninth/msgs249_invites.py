"""Corpus 249: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

from __future__ import annotations

from msgs249_common import (
    CANDIDATE,
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    card,
    outlook,
    outlook_block,
    paras,
    quote,
    simple,
    wrote,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

VAUTRIN = ("Obadia, Claire", "claire.obadia@vautrin-delorme.example.fr")
HALLARD = ("Gauthier Lemaire", "g.lemaire@champagne-hallard.example.fr")
SOPHIE = ("Sophie Vandamme", "sophie.vandamme@vinexport-nord.example.fr")
BASTIEN = ("Bastien Roux-Chabert", "bastien.rouxchabert@merieux-search.example.fr")
DELMOTTE = ("Marie-Noëlle Dierickx", "m.dierickx@caves-delmotte.example.be")
HELENE = ("Hélène Brûlé", "helene.brule@champagne-coutelas.example.fr")
PAUL = ("Paul Weis", "paul.weis@moselvins.example.lu")
INES = ("Inès Garnier-Tahri", "ines.garnier-tahri@bulles-terroirs.example.fr")
KEVIN = ("Kévin Dupuis", "kevin.dupuis@proxi-interim.example.fr")
SANDRINE = ("Sandrine Lhermitte", "s.lhermitte@cellier-remois.example.fr")
NATHALIE = ("Nathalie Vanderstraeten", "n.vanderstraeten@interim-sablon.example.be")
FIONA = ("Fiona MacRae", "fiona.macrae@highlandcellars.example.co.uk")
MORAG = ("Morag Lindsay", "morag.lindsay@thistleandvine.example.co.uk")
JAMES = ("James Okafor", "james.okafor@harrowfinch.example.co.uk")
PRIYA = ("Priya Raman", "priya.raman@lothianfinewines.example.co.uk")
TOM = ("Tom Ashworth", "tom@leithvintners.example.co.uk")
KESTREL = ("Léonie Marchetti", "leonie.marchetti@kestrelbev.example.com")
EWAN = ("Ewan Stewart", "ewan.stewart@caledonianwine.example.co.uk")
SABINE = ("Sabine Kessler", "sabine.kessler@kornmeyer.example.lu")
LUKAS = ("Lukas Brandt", "lukas.brandt@weinkontor-rheinblick.example.be")
BRENNER = ("Dr. Matthias Brenner", "m.brenner@kopfwerk.example.de")
MAITE = ("Maite Garaikoetxea", "maite.garaikoetxea@iturrialde.example.es")
NAJERILLA = ("Javier Sáenz de Tejada", "javier.saenz@vinosnajerilla.example.es")
THOMAS = ("Thomas Wagner", "thomas.wagner@rebenhof-vertrieb.example.lu")
TEMPO = ("Aurélie Cochet", "aurelie.cochet@tempo-vignes.example.fr")
SERGIO = ("Sergio Ortega", "sergio.ortega@riojatalento.example.es")

# ====================================================================== invitations, fr

_vautrin_invite = """Bonjour Anaïs,

Suite à l'examen de votre candidature au poste d'assistante commerciale export, nous
souhaiterions vous rencontrer.

Je vous propose un entretien le jeudi 19 février 2026 à 14 h 00, dans nos locaux de
l'avenue de Champagne à Épernay. Vous serez reçue par M. Édouard Delorme, directeur export,
et par moi-même. Prévoyez environ une heure ; une courte dégustation en anglais fera partie
de l'échange.

Vous trouverez l'invitation dans votre agenda. Merci de l'accepter ou de me proposer un
autre créneau si celui-ci ne vous convient pas.

Bien cordialement,

Claire Obadia
Chargée de recrutement
Maison Vautrin-Delorme
22 avenue de Champagne, 51200 Épernay
Tél. +33 3 26 55 12 40
"""

_hallard_call = """Bonjour Anaïs,

Votre CV m'a été transmis par Mathilde, du bar à vins de la rue de Vesle, qui ne tarit pas
d'éloges sur vous.

Nous cherchons quelqu'un pour épauler notre responsable export sur la Belgique et le
Royaume-Uni. Êtes-vous dispo jeudi vers 10 h pour qu'on en parle au téléphone ? Un quart
d'heure suffira pour faire connaissance. Dites-moi simplement sur quel numéro vous joindre.

Bonne journée,
Gauthier Lemaire
Champagne Hallard & Fils – 18 rue Gosset, 51100 Reims
"""

_hallard_missed_quoted = """Bonjour Anaïs,

J'ai essayé de vous appeler deux fois à 10 h comme convenu, sans succès, et je suis tombé
sur votre messagerie. J'espère que tout va bien de votre côté.

Gauthier"""

_hallard_apology_quoted = """Bonjour Gauthier,

Je suis vraiment désolée : mon téléphone était resté en mode avion après une dégustation
matinale. Serait-il possible de convenir d'un autre moment ?

Anaïs"""

_hallard_trial = f"""Bonjour Anaïs,

Aucun souci, ça arrive à tout le monde ! Plutôt que de refaire un appel, je vous propose de
venir directement passer une journée d'essai avec nous le jeudi 19 mars, de 9 h à 17 h :
matin avec Pierre-Yves à l'export (préparation des commandes pour Bruxelles), après-midi
visite des caves et déjeuner avec l'équipe.

Rendez-vous à l'accueil du 18 rue Gosset. Pensez à des chaussures confortables, les crayères
sont fraîches. La journée est bien sûr rémunérée.

Confirmez-moi juste par retour.

Gauthier

{wrote("fr", "jeu. 5 mars 2026 à 12:02", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_hallard_apology_quoted)}
>
> {wrote("fr", "jeu. 5 mars 2026 à 10:40", "Gauthier Lemaire", HALLARD[1])}
{quote(_hallard_missed_quoted, "> > ")}
"""

_vinexport_invite = """Bonjour Anaïs,

Merci pour votre candidature au poste d'Assistante export Benelux & Royaume-Uni chez
Vinexport Nord. Nous aimerions vous rencontrer pour un premier entretien de 45 minutes en
visioconférence avec Sophie Vandamme (Talent Acquisition) et Olivier Cattoen (Export
Manager).

Choisissez le créneau qui vous convient via le lien ci-dessous :
https://app.greenhouse.io/schedule/vxn-7Yq2Lk9?candidate=anais-lefebvre-mwangi

Les créneaux disponibles vont du 24 au 27 février. Pour toute question, répondez simplement
à cet e-mail.

À très vite,
Sophie Vandamme
Talent Acquisition – Vinexport Nord, 210 rue de Lannoy, 59000 Lille
"""

_merieux_invite = """Anaïs,

Bonne nouvelle : la Maison Sérigny souhaite vous rencontrer !

Le rendez-vous est fixé au mercredi 11 mars à 15 h, dans leurs bureaux du 8 rue du Faubourg-
Poissonnière (Paris 10e), 3e étage. Vous verrez Mme Hortense Sérigny, directrice générale, et
M. Karim Bensaïd, directeur export. Comptez une heure, avec une partie de l'échange en
anglais.

Je vous appelle lundi pour vous briefer sur la maison et leurs marchés prioritaires
(États-Unis et Japon). Merci de me confirmer que le créneau vous convient.

Bien à vous,
Bastien Roux-Chabert
Associé – Cabinet Mérieux Search
41 rue de Courcelles, 75008 Paris
+33 1 44 09 73 18
"""

_delmotte_invite = """Bonjour Madame Lefebvre-Mwangi,

Votre candidature pour le poste d'assistante export a retenu notre attention.

Nous vous proposons un premier entretien par Teams le mardi 24 mars à 14 h avec
Mme An Peeters, responsable des ventes. Le lien vous sera envoyé la veille.

Pourriez-vous me confirmer votre disponibilité ? N'hésitez pas à me téléphoner au besoin.

Au plaisir de vous lire, et à tantôt peut-être au téléphone.

Marie-Noëlle Dierickx
Caves Delmotte - Ressources humaines
Chaussée de Waterloo 1184, 1180 Uccle
GSM +32 475 61 22 09
"""

_coutelas_invite = paras("""Bonjour Anaïs,

Merci pour votre candidature spontanée, qui arrive au bon moment : nous renforçons l'équipe
administration des ventes en vue de notre développement au Japon.

Je vous propose un premier échange téléphonique d'une vingtaine de minutes le mercredi
8 avril à 10 h. Si l'horaire ne vous convient pas, proposez-moi deux ou trois autres
moments dans la semaine.

Bien cordialement,

Hélène Brûlé
Responsable administration des ventes
Champagne Coutelas – 7 rue Jules Lobet, 51160 Aÿ-Champagne
03 26 54 80 17""")

_moselvins_invite = """Bonjour Madame Lefebvre-Mwangi,

Merci pour notre échange téléphonique de vendredi.

Comme convenu, nous vous invitons à une journée découverte le mardi 28 avril 2026 dans nos
entrepôts de Grevenmacher, de 9 h à 16 h. Au programme : présentation de nos gammes,
accompagnement d'un commercial chez un client, puis un entretien avec moi-même en fin de
journée.

L'adresse : Route du Vin 48, L-6794 Grevenmacher. Un parking visiteurs se trouve devant le
bâtiment B.

Cordialement,
Paul Weis
Directeur commercial, Moselvins Distribution
Tél. +352 26 74 51 30
"""

_salon_invite = """Bonjour Anaïs,

Votre candidature au poste de chargée des exposants internationaux a retenu notre attention.
Nous avons le plaisir de vous inviter à notre session d'évaluation collective, le jeudi
29 janvier de 9 h 30 à 13 h, dans nos bureaux parisiens.

La matinée comprend un exercice de groupe, une mise en situation téléphonique avec un
exposant (en anglais ou en espagnol, au choix) et un entretien individuel de 20 minutes.
Le programme détaillé est joint à ce message.

Merci de confirmer votre participation avant le lundi 26 janvier.

Inès Garnier-Tahri
Responsable RH, Salon Bulles & Terroirs
12 rue de la Chaussée-d'Antin, 75009 Paris
"""

_grellier_icims = card(
    "Grellier Logistique",
    "Planifiez votre entretien",
    paras("""Bonjour Anaïs,

Suite à votre candidature au poste d'Assistant(e) export – transport de vins et spiritueux,
l'équipe de recrutement souhaite s'entretenir avec vous en visioconférence (Microsoft Teams,
30 minutes).

Merci de choisir l'un des créneaux proposés entre le 4 et le 6 février à l'aide du bouton
ci-dessous. Vous recevrez ensuite une confirmation avec le lien de connexion.""")
    + '\n<p><a href="https://careers-grellier.icims.com/jobs/1184/schedule?token=Gx81pQ" '
      'style="background:#c0392b;color:#fff;padding:10px 18px;border-radius:4px;'
      'text-decoration:none">Choisir un créneau</a></p>\n'
    + paras("""Cordialement,
L'équipe recrutement – Grellier Logistique"""),
    footer="Ce message vous est envoyé par iCIMS pour le compte de Grellier Logistique. "
           "Merci de ne pas y répondre.",
    accent="#c0392b",
)

_proxi_invite = """Bonjour Anaïs,

Bonne nouvelle, notre client – un négociant en vins basé à Marcq-en-Barœul – veut vous
rencontrer pour la mission d'assistante ADV export (6 mois, possibilité d'embauche).

Rendez-vous jeudi 18 juin à 9 h 30 directement chez eux. Je vous envoie l'adresse exacte et
le nom de votre interlocutrice par SMS. Prévoyez votre pièce d'identité pour l'accueil
(site sous douane).

Tenez-moi au courant après l'entretien !

Kévin Dupuis
Chargé de recrutement – Proxi Intérim Lille Centre
03 20 57 11 64
"""

_cellier_convocation = """Madame,

Nous avons le plaisir de vous convier à un entretien pour le poste d'assistante commerciale
export le mardi 26 mai 2026 à 14 h 00, au siège du Cellier Rémois, 5 place Drouet-d'Erlon
à Reims.

Vous trouverez ci-joint votre convocation, à présenter à l'accueil. L'entretien se déroulera
avec M. Fabrice Henrot, directeur commercial, et moi-même.

En cas d'empêchement, merci de nous prévenir au plus tôt.

Sandrine Lhermitte
Assistante RH – Le Cellier Rémois
03 26 47 90 12
"""

_sablon_invite = """Bonjour Anaïs,

Chouette nouvelle : Maison Dujardin-Vins souhaite vous rencontrer pour la fonction
d'assistante export (CDD de remplacement, possibilité de prolongation).

L'entretien aura lieu le mardi 13 octobre à 10 h à leur boutique, place du Grand Sablon 31,
1000 Bruxelles. Vous serez reçue par M. Olivier Dujardin et sa responsable logistique.
Comptez une petite heure ; ils vous feront sans doute goûter deux ou trois cuvées.

Pourriez-vous me confirmer endéans les 48 heures ? Je reste joignable au bureau ou sur mon
GSM.

Bien à vous,
Nathalie Vanderstraeten
Consultante – Interim Sablon
+32 2 512 48 90 – GSM +32 478 30 11 56
"""

# ====================================================================== invitations, en

_highland_invite = """Hi Anaïs,

Thanks for applying for the Export Sales Assistant role at Highland Cellars. We'd love to
learn more about you.

I've booked a 30-minute video interview with Ross Calder, our Export Manager, and me for
Tuesday 21 April at 10:00 (UK time) on Microsoft Teams:
https://teams.example.com/l/meetup-join/highlandcellars/19%3ameeting_HC2104

If that time doesn't suit, just reply and we'll find another slot.

Best,
Fiona MacRae
Talent Partner, Highland Cellars
"""

_thistle_html = card(
    "Thistle & Vine Imports",
    "Schedule your interview",
    paras("""Hi Anaïs,

Thank you for your application for Export Sales Assistant (French & Spanish markets). The
team would like to invite you to a 45-minute interview with Morag Lindsay (Head of
Operations) and Alasdair Grant (Sales Director).

Please pick a time that works for you using the link below. Interviews are held in person
at our Leith warehouse or by video if you are not in Edinburgh.""")
    + '\n<p><a href="https://app.ashbyhq.com/thistle-and-vine/interviews/schedule/'
      'b6f2d1c4-8e9a" style="background:#3b2a5c;color:#fff;padding:10px 20px;'
      'text-decoration:none;border-radius:4px">Choose a time</a></p>\n'
    + paras("""Looking forward to meeting you,
Thistle & Vine Imports Recruiting"""),
    footer="Sent by Ashby on behalf of Thistle &amp; Vine Imports.", accent="#3b2a5c",
    lang="en",
)

_harrow_invite = """Anaïs,

Great news: Glenmorven Distillers would like to meet you for the Export Coordinator (Europe)
role.

Details:
- Thursday 30 July, 14:00-15:00
- Glenmorven's Leith office, 4 Bernard Street, Edinburgh EH6 6PP
- With Eilidh Munro (Commercial Director) and Sam Pritchard (Supply Chain)

Expect questions on order-to-cash, duty suspension and how you'd handle a French importer
who's late paying. I'll send a one-page brief on Monday. Could you confirm you're OK with
the time?

Best,
James

James Okafor
Principal Consultant | Harrow & Finch Executive Search
3 Charlotte Square, Edinburgh EH2 4DR | +44 131 496 0721
"""

_lothian_invite = """Dear Anaïs,

Thank you for your application for the role of Export Sales Assistant. We would like to
invite you to a panel interview on Thursday 27 August at 10:00 at our Leith office.

The panel will be Priya Raman (People & Culture), Hamish Doig (Head of Trade Sales) and
Clara Velasco (Buyer, Spain & Portugal). Please prepare a ten-minute presentation on how you
would grow a small importer's sales in one European market of your choice.

A calendar invitation is attached; please accept it or let me know if you need a different
time.

Kind regards,
Priya Raman
People & Culture Lead
Lothian Fine Wines | 77 Great Junction Street, Leith, Edinburgh EH6 5HZ
"""

_leith_application = """Dear Mr Ashworth,

I'm a sommelier based in Reims and moving to Edinburgh this autumn. I saw your post about
a part-time export and wholesale assistant and would love to be considered. My CV is
attached.

Kind regards,
Anaïs Lefebvre-Mwangi"""

_leith_invite = f"""Hi Anaïs,

Thanks for getting in touch, your CV made for a good read. Are you free Thursday to chat?
Pop into the shop around 4 if you're in town, or I can ring you if you're still in France.
Nothing formal, just a coffee and a look round.

Cheers,
Tom

Tom Ashworth
Leith Vintners · 12 The Shore, Edinburgh EH6 6QW · 0131 496 0455

{wrote("en", "Tue, 8 Sept 2026 at 19:11", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_leith_application)}
"""

_kestrel_invite = """Dear Anaïs,

Following your application for the Export Sales Assistant (EMEA) position, we are pleased
to invite you to our assessment centre on Thursday 24 September 2026 at our Paris office,
8 rue du Mail, 75002 Paris, from 09:00 to 15:30.

The day includes a group case study, a written exercise in English and French, a
role-play with a distributor, and a one-to-one interview with the EMEA Sales Director.
Lunch is provided. The agenda is attached.

Please confirm your attendance by replying to this email by Friday 18 September.

Best regards,

Léonie Marchetti
Talent Acquisition Specialist
Kestrel Beverage Group – Paris office
8 rue du Mail, 75002 Paris | +33 1 53 40 66 20
"""

_caledonian_invite = """Hi Anaïs,

Thanks for applying to Caledonian Wine Merchants. I'm the recruiter for the Export Sales
Assistant role and would like to set up a short phone screen, about 20 minutes, to talk
through your background and what you're looking for.

Could you reply with two or three times that work for you next week? Mornings are easiest
for me.

Thanks,
Ewan Stewart
Recruiter, Caledonian Wine Merchants
"""

# ====================================================================== invitations, de

_kornmeyer_invite = """Sehr geehrte Frau Lefebvre-Mwangi,

vielen Dank für Ihre Bewerbung als Assistenz Exportabwicklung. Ihre Unterlagen haben uns
überzeugt, und wir laden Sie herzlich zu unserem Assessment Center ein:

Datum: Dienstag, 7. Juli 2026
Uhrzeit: 09:00 bis ca. 15:00 Uhr
Ort: Kornmeyer Spedition, Rue de Trèves 12, L-2632 Findel (Empfang Gebäude C)

Der Tag umfasst eine Gruppenübung, eine Fallstudie zur Zollabwicklung sowie ein
Einzelgespräch mit unserem Niederlassungsleiter. Eine Kalendereinladung liegt bei.

Bitte bestätigen Sie Ihre Teilnahme bis zum 2. Juli.

Mit freundlichen Grüßen

Sabine Kessler
Personalreferentin
Kornmeyer Spedition S.à r.l., Rue de Trèves 12, L-2632 Findel
Tel. +352 27 48 90 12
"""

_rheinblick_invite = """Hallo Frau Lefebvre-Mwangi,

danke für Ihre Bewerbung als Export-Sales-Assistenz für unser Brüsseler Büro. Wir würden Sie
gern kennenlernen!

Passt Ihnen ein Videogespräch am Dienstag, 14. Juli, um 11:00 Uhr? Dabei sind ich und unsere
Vertriebsleiterin Benelux, Frau Annelies Verbeke. Das Gespräch dauert etwa 45 Minuten und
findet auf Deutsch und Französisch statt.

Den Teams-Link schicke ich Ihnen nach Ihrer Zusage.

Viele Grüße aus Brüssel
Lukas Brandt
People & Culture
Weinkontor Rheinblick – Büro Brüssel, Avenue Louise 231, 1050 Brüssel
"""

_kopfwerk_invite = """Liebe Frau Lefebvre-Mwangi,

wie heute Vormittag am Telefon besprochen, hier die Details zu Ihrem Gespräch bei der
Sektkellerei Hausmann:

Dienstag, 24. Februar 2026, 16:00 Uhr, per Videokonferenz (Zoom)
Gesprächspartner: Herr Friedrich Hausmann (Geschäftsführer) und Frau Ute Lorenz (Export)

Die Zugangsdaten sende ich Ihnen am Vortag. Ich rufe Sie am Montag kurz an, um das Gespräch
vorzubereiten.

Herzliche Grüße
Dr. Matthias Brenner
Partner | Kopfwerk Executive Search
Königsallee 61, 40212 Düsseldorf | +49 211 5408 7730
"""

# ====================================================================== invitations, es

_iturrialde_invite = """Hola Anaïs:

Gracias por tu interés en el puesto de asistente de exportación. Nos gustaría conocerte en
persona.

Te proponemos una entrevista con el comité de selección el miércoles 17 de junio a las
10:00 en la bodega (Avda. de Burgos 112, Logroño). Estarán Iñaki Zubiri, director de
exportación, Carmen Ruiz, de administración, y yo misma. Te enviamos la convocatoria en el
calendario.

Si no te encaja la fecha, dímelo y buscamos otra.

Un saludo,
Maite Garaikoetxea
Responsable de Personas · Bodegas Iturrialde
Tel. 941 20 55 18
"""

_najerilla_invite = """Hola Anaïs,

He visto tu candidatura para el puesto de asistente de exportación y me ha parecido muy
interesante tu experiencia como sumiller.

¿Te viene bien una llamada el jueves 20 a las 12:00? Serán unos veinte minutos para
conocernos y contarte el puesto. Si prefieres otra hora, dime cuál.

Un saludo,
Javier Sáenz de Tejada
Director comercial · Vinos Najerilla Export
Tel. 941 36 20 84
"""

_valdemora_html = card(
    "Bodegas Valdemora",
    "Reserva tu entrevista",
    paras("""Hola Anaïs,

¡Buenas noticias! El equipo de exportación quiere entrevistarte para el puesto de Asistente
comercial de exportación.

Reserva un hueco de 40 minutos en el calendario del equipo; la entrevista será por
videollamada.""")
    + '\n<p><a href="https://bodegasvaldemora.recruitee.com/o/asistente-exportacion/'
      'interview/9fd21" style="color:#fff;background:#5b1a32;padding:10px 16px;'
      'text-decoration:none">Elegir fecha y hora</a></p>\n'
    + paras("""Hasta pronto,
Equipo de Selección de Bodegas Valdemora"""),
    footer="Enviado mediante Recruitee.", accent="#5b1a32", lang="es",
)

# ====================================================================== reschedules

_vautrin_moved = """Bonjour Anaïs,

M. Delorme doit accompagner une délégation d'importateurs suédois le 19 février ; je me
vois donc obligée de déplacer notre entretien.

Nouveau créneau : mardi 3 mars 2026 à 10 h 00, même lieu (22 avenue de Champagne, Épernay).
L'invitation de votre agenda a été mise à jour.

Merci de votre compréhension,
Claire Obadia
Chargée de recrutement – Maison Vautrin-Delorme
"""

_vinexport_moved = """Bonjour Anaïs,

Votre entretien avec Vinexport Nord a été déplacé.

Ancien créneau : jeudi 26 février 2026, 10:00 – 10:45
Nouveau créneau : lundi 2 mars 2026, 14:30 – 15:15 (heure de Paris)
Participants : Sophie Vandamme, Olivier Cattoen

Le lien de visioconférence reste le même. Si ce nouveau créneau ne vous convient pas,
répondez à cet e-mail.

Sophie Vandamme
Vinexport Nord
"""

_delmotte_own_request = """Bonjour Madame Dierickx,

Merci beaucoup pour votre proposition. Serait-il possible de décaler l'entretien au
mercredi 25 mars, à n'importe quelle heure ? Je suis en service au restaurant le mardi.

Bien cordialement,
Anaïs Lefebvre-Mwangi"""

_delmotte_ill = f"""Bonjour Madame Lefebvre-Mwangi,

Je reviens vers vous au sujet de votre entretien. Mme Peeters est malheureusement malade
cette semaine et ne pourra pas assurer l'entretien du 25 mars.

Nous vous proposons de le reporter au jeudi 2 avril à 10 h, toujours par Teams. Est-ce que
cela vous convient ? Toutes nos excuses pour ce changement.

Bien à vous,
Marie-Noëlle Dierickx
Caves Delmotte - Ressources humaines
GSM +32 475 61 22 09

-----Message d'origine-----
De : Anaïs Lefebvre-Mwangi <anais.lm@example.fr>
Envoyé : mercredi 18 mars 2026 08:14
À : Marie-Noëlle Dierickx <m.dierickx@caves-delmotte.example.be>
Objet : RE: Entretien - assistante export

{_delmotte_own_request}
"""

_moselvins_cancel = """Bonjour Madame Lefebvre-Mwangi,

Je suis contraint d'annuler la journée découverte prévue le mardi 28 avril : un audit
douanier a été programmé ce jour-là dans nos entrepôts et toute l'équipe sera mobilisée.

Votre candidature reste bien entendu d'actualité. Je vous propose une nouvelle date dès
lundi.

Cordialement,
Paul Weis
Directeur commercial, Moselvins Distribution
"""

_merieux_moved = """Anaïs,

Petit changement de programme : Mme Sérigny est retenue à Londres mercredi. Le rendez-vous
est décalé au vendredi 13 mars à 16 h, même adresse. M. Bensaïd sera bien présent.

Pouvez-vous me confirmer que ça vous va ? Désolé pour le jeu de chaises musicales.

Bastien
"""

_salon_postponed = """Bonjour Anaïs,

En raison du mouvement social annoncé dans les transports jeudi, nous reportons la session
d'évaluation collective du 29 janvier au jeudi 5 février, mêmes horaires (9 h 30 à 13 h),
même adresse.

Le programme reste inchangé. Merci de nous confirmer votre présence à cette nouvelle date.

Inès Garnier-Tahri
Salon Bulles & Terroirs
"""

_coutelas_moved = """Bonjour Anaïs,

Une réunion vient d'être ajoutée à mon agenda mercredi matin. Pourrions-nous décaler notre
échange téléphonique à 11 h 30 le même jour (8 avril) ? Je vous appellerai sur le 06 41 27
58 90.

Merci et à mercredi,
Hélène Brûlé
"""

_cellier_cancel = """Madame,

Nous sommes au regret de devoir annuler l'entretien prévu le mardi 26 mai à 14 h :
M. Henrot est retenu à l'étranger plus longtemps que prévu.

Il ne s'agit en aucun cas d'une décision sur votre candidature. Une nouvelle date vous sera
proposée dans les prochains jours.

Sandrine Lhermitte
Assistante RH – Le Cellier Rémois
"""

_thistle_ill = """Hi Anaïs,

I'm sorry to do this at short notice: Alasdair has come down with flu and won't be back
until the end of the week, so we need to move Wednesday's interview.

Would Monday 18 May at 11:00 work instead? Same place, our Leith warehouse at 20 Salamander
Street. If not, send me a couple of times that suit and I'll make it work.

Apologies again,
Morag Lindsay
Head of Operations | Thistle & Vine Imports
"""

_lothian_update = """Dear Anaïs,

A quick update on Thursday's panel: we have had to move it to 14:00, and it will now take
place in the Vaults meeting room at 87 Giles Street, just round the corner from our shop.
The panel and format are unchanged.

The calendar invitation has been updated; please accept the new version.

Kind regards,
Priya
"""

_harrow_cancel = """Anaïs,

Glenmorven have had to cancel Thursday's meeting. Eilidh has been called to Singapore to
deal with a distributor issue and is away until mid-August.

To be clear, this isn't a no. They still want to meet you and asked me to hold the process
open. I'll come back with new dates as soon as she has her diary sorted.

Best,
James
"""

_kornmeyer_moved = """Sehr geehrte Frau Lefebvre-Mwangi,

aus organisatorischen Gründen müssen wir unser Assessment Center vom 7. Juli auf
Donnerstag, den 9. Juli 2026, verschieben. Uhrzeit und Ort bleiben unverändert
(09:00 Uhr, Empfang Gebäude C).

Die aktualisierte Kalendereinladung finden Sie anbei. Bitte geben Sie uns kurz Bescheid, ob
Sie den neuen Termin wahrnehmen können.

Mit freundlichen Grüßen
Sabine Kessler
Personalreferentin, Kornmeyer Spedition
"""

_rheinblick_cancel = """Hallo Frau Lefebvre-Mwangi,

leider muss ich unseren Termin am Dienstag absagen: Frau Verbeke ist kurzfristig auf einer
Messe in Düsseldorf eingesprungen.

Das betrifft nur den Termin, nicht Ihre Bewerbung. Ich melde mich Anfang nächster Woche mit
zwei neuen Terminvorschlägen.

Viele Grüße
Lukas Brandt
"""

_iturrialde_cancel = """Hola Anaïs:

Tenemos que cancelar la entrevista del miércoles 17: Iñaki está de viaje en México por un
problema con un distribuidor y no vuelve hasta finales de mes.

Esto no significa que el proceso se haya cerrado. En cuanto tengamos su agenda, te
proponemos una nueva fecha.

Perdona las molestias,
Maite
"""

_najerilla_moved = """Hola Anaïs,

Me ha surgido una visita de un importador el jueves a mediodía. ¿Podemos pasar nuestra
llamada al viernes 21 a las 9:30? Si no te va bien, dime otra hora y me adapto.

Gracias,
Javier
"""

# ====================================================================== missed

_hallard_missed = """Bonjour Anaïs,

J'ai essayé de vous appeler deux fois à 10 h comme convenu, sans succès, et je suis tombé
sur votre messagerie. J'espère que tout va bien de votre côté.

Rappelez-moi quand vous pouvez au 03 26 40 18 72, ou proposez-moi un autre moment.

Gauthier
"""

_grellier_missed = """Madame,

Nous avions rendez-vous aujourd'hui à 14 h sur Teams pour votre entretien. Nous vous avons
attendue jusqu'à 14 h 20, sans nouvelles de votre part.

Si vous souhaitez toujours être considérée pour le poste, merci de nous le faire savoir
rapidement.

Yannick Ferrand
Responsable d'exploitation – Grellier Logistique
"""

_proxi_missed = """Anaïs,

Le client m'a appelé : ils vous ont attendue ce matin à 9 h 30 et personne ne s'est
présenté. Je n'arrive pas à vous joindre sur votre portable.

Que s'est-il passé ? Rappelez-moi dès que possible, j'essaie de sauver le rendez-vous.

Kévin
"""

_tempo_missed = """Bonjour Madame Lefebvre-Mwangi,

Vous aviez rendez-vous ce matin à 9 h dans notre agence de Reims pour votre entretien
d'inscription. Nous ne vous avons pas vue arriver et n'avons pas reçu de message de votre
part.

Pour reprogrammer ce rendez-vous, vous pouvez nous appeler au 03 26 88 14 02 ou répondre à
ce courriel.

Aurélie Cochet
Chargée de recrutement
Tempo Vignes Intérim, 27 rue de Vesle, 51100 Reims
"""

_salon_missed = """Bonjour Anaïs,

Vous étiez attendue ce matin à 11 h pour l'entretien en visio avec notre directrice générale,
mais vous ne vous êtes pas connectée. Nous avons patienté un quart d'heure et tenté de vous
joindre.

Pouvez-vous me dire ce qui s'est passé ?

Inès
"""

_highland_missed = """Hi Anaïs,

We had your interview with Ross booked for 10:00 this morning. We waited on Teams for
15 minutes but you didn't join, and we couldn't reach you by phone.

If something came up, please let me know.

Fiona
"""

_kestrel_missed = """Dear Anaïs,

I tried calling you twice at 10:00 (Paris time) for our scheduled phone interview, but there
was no answer and I left a voicemail.

Could you let me know whether you are still interested in the position and when you can be
reached?

Best regards,
Léonie Marchetti
Talent Acquisition Specialist – Kestrel Beverage Group
"""

_kopfwerk_missed = """Liebe Frau Lefebvre-Mwangi,

ich habe Sie heute um 11 Uhr wie vereinbart zweimal angerufen, Sie aber leider nicht
erreicht. Auch meine Nachricht auf der Mailbox blieb bisher unbeantwortet.

Haben Sie noch Interesse an der Position bei der Sektkellerei Hausmann? Dann rufen Sie mich
gern zurück.

Herzliche Grüße
Matthias Brenner
Kopfwerk Executive Search | +49 211 5408 7730
"""

_rebenhof_missed = """Sehr geehrte Frau Lefebvre-Mwangi,

wir hatten heute um 15:00 Uhr ein Vorstellungsgespräch per Microsoft Teams vereinbart. Wir
haben zehn Minuten im Meeting auf Sie gewartet, Sie sind jedoch nicht erschienen.

Bitte teilen Sie uns mit, ob Sie weiterhin an der Stelle interessiert sind.

Mit freundlichen Grüßen
Thomas Wagner
Vertriebsleitung, Rebenhof Vertrieb, Luxemburg
"""

_rioja_missed = """Hola Anaïs:

Esta mañana teníamos la entrevista telefónica a las 10:00. Te llamamos dos veces y no
contestaste. ¿Ha pasado algo?

Si sigues interesada en el proceso, escríbeme y buscamos otro hueco esta semana.

Sergio Ortega
Rioja Talento ETT · 941 25 77 10
"""

MESSAGES = [
    # ------------------------------------------------------------ invitations fr
    M(INV, "vautrin_entretien_agenda", "fr", company="Maison Vautrin-Delorme",
      contact=VAUTRIN[1], frm=VAUTRIN,
      subject="Entretien – Assistante commerciale export", date="2026-02-10 11:04 +0100",
      mid="AM6PR01MB4410.vautrin.20260210@vautrin-delorme.example.fr",
      refs=["WD.7781.20260126@myworkday.com"],
      text=_vautrin_invite, html=outlook(paras(_vautrin_invite)), cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008000000007A1B2C3D",
           "seq": 0, "start": "2026-02-19 14:00", "end": "2026-02-19 15:00",
           "tz": "Europe/Paris", "summary": "Entretien – Anaïs Lefebvre-Mwangi",
           "location": "Maison Vautrin-Delorme, 22 avenue de Champagne, Épernay",
           "organizer": VAUTRIN, "attendees": [CANDIDATE]},
      ics_attach=True),
    M(INV, "hallard_dispo_jeudi", "fr", company="Champagne Hallard & Fils",
      contact=HALLARD[1], frm=HALLARD,
      subject="On s'appelle ?", date="2026-03-02 18:22 +0100",
      mid="hallard.1@champagne-hallard.example.fr", text=_hallard_call),
    M(INV, "hallard_journee_essai", "fr", company="Champagne Hallard & Fils",
      contact=HALLARD[1], frm=HALLARD,
      subject="Re: Appel de ce matin", date="2026-03-09 09:12 +0100",
      mid="hallard.3@champagne-hallard.example.fr", irt="e5b7a0c3-249g@example.fr",
      refs=["hallard.1@champagne-hallard.example.fr", "hallard.2@champagne-hallard.example.fr",
            "e5b7a0c3-249g@example.fr"],
      text=_hallard_trial, charset="iso-8859-1", cte="quoted-printable"),
    M(INV, "vinexport_greenhouse_lien", "fr", company="Vinexport Nord",
      contact=SOPHIE[1], frm=("Sophie Vandamme via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=SOPHIE, subject="Vinexport Nord – planifiez votre entretien",
      date="2026-02-20 09:31 +0000", mid="gh.vxn.2@greenhouse-mail.io",
      refs=["gh.vxn.1@greenhouse-mail.io"],
      text=_vinexport_invite,
      html=card("Vinexport Nord", "Planifiez votre entretien", paras(_vinexport_invite),
                footer="Propulsé par Greenhouse", accent="#8c1c3a"),
      headers=[("Auto-Submitted", "auto-generated")]),
    M(INV, "merieux_rdv_client", "fr", company="Maison Sérigny",
      contact=BASTIEN[1], frm=BASTIEN,
      subject="Rendez-vous Maison Sérigny – mercredi 11 mars", date="2026-03-04 17:40 +0100",
      mid="merieux.serigny.2@merieux-search.example.fr",
      refs=["merieux.serigny.1@merieux-search.example.fr"],
      text=_merieux_invite, charset="windows-1252", cte="quoted-printable",
      enc={"subject": ("windows-1252", "B")}),
    M(INV, "delmotte_teams_belgique", "fr", company="Caves Delmotte",
      contact=DELMOTTE[1], frm=DELMOTTE,
      subject="Entretien - assistante export", date="2026-03-17 09:11 +0100",
      mid="delmotte.20260317.0911@caves-delmotte.example.be",
      text=_delmotte_invite, html=outlook(paras(_delmotte_invite)), charset="iso-8859-1",
      cte="quoted-printable", enc={"from": ("iso-8859-1", "Q")}),
    M(INV, "coutelas_premier_echange", "fr", company="Champagne Coutelas",
      contact=HELENE[1], frm=HELENE,
      subject="Votre candidature spontanée – premier échange", date="2026-04-01 15:26 +0200",
      mid="coutelas.1@champagne-coutelas.example.fr",
      html=simple(_coutelas_invite), cte="base64"),
    M(INV, "moselvins_journee_decouverte", "fr", company="Moselvins Distribution",
      contact=PAUL[1], frm=PAUL,
      subject="Invitation : journée découverte du 28 avril", date="2026-04-20 10:02 +0200",
      mid="moselvins.1@moselvins.example.lu", text=_moselvins_invite,
      charset="iso-8859-1", cte="8bit"),
    M(INV, "salon_session_evaluation", "fr", company="Salon Bulles & Terroirs",
      contact=INES[1], frm=INES,
      subject="Session d'évaluation – chargée des exposants internationaux",
      date="2026-01-20 16:05 +0100", mid="salon.1@bulles-terroirs.example.fr",
      text=_salon_invite, html=simple(paras(_salon_invite)), cte="quoted-printable",
      pdfs=[("Programme_session_29-01.pdf", "Session d'évaluation – 29 janvier 2026",
             ["9h30 Accueil et présentation du Salon Bulles & Terroirs",
              "10h00 Exercice de groupe : plan d'accueil d'une délégation d'exposants",
              "11h15 Mise en situation téléphonique (anglais ou espagnol)",
              "12h00 Entretiens individuels (20 minutes)",
              "13h00 Fin de la session"])]),
    M(INV, "grellier_icims_creneau", "fr", company="Grellier Logistique",
      frm=("Grellier Logistique", "grellier-noreply@icims.com"), to=CANDIDATE_ADDR,
      subject="Grellier Logistique : planifiez votre entretien", date="2026-02-02 08:15 +0000",
      mid="icims.grellier.inv@icims.com", html=_grellier_icims,
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    M(INV, "proxi_rdv_client", "fr", company="Proxi Intérim",
      contact=KEVIN[1], frm=KEVIN,
      subject="RDV client jeudi 18/06 – mission ADV export", date="2026-06-16 18:03 +0200",
      mid="proxi.2@proxi-interim.example.fr", refs=["proxi.1@proxi-interim.example.fr"],
      text=_proxi_invite),
    M(INV, "cellier_convocation_pdf", "fr", company="Le Cellier Rémois",
      contact=SANDRINE[1], frm=SANDRINE,
      subject="Convocation à un entretien – Le Cellier Rémois", date="2026-05-18 10:47 +0200",
      mid="lcr.2@cellier-remois.example.fr", refs=["icims.lcr.5512.ack@icims.com"],
      text=_cellier_convocation, html=outlook(paras(_cellier_convocation)),
      charset="windows-1252", cte="quoted-printable",
      pdfs=[("Convocation_Lefebvre-Mwangi.pdf", "Convocation à un entretien",
             ["Madame Anaïs Lefebvre-Mwangi",
              "Poste : assistante commerciale export",
              "Date : mardi 26 mai 2026, 14h00",
              "Lieu : Le Cellier Rémois, 5 place Drouet-d'Erlon, 51100 Reims",
              "Se présenter à l'accueil muni(e) d'une pièce d'identité."])]),
    M(INV, "sablon_entretien_client", "fr", company="Maison Dujardin-Vins",
      contact=NATHALIE[1], frm=NATHALIE,
      subject="Entretien chez Maison Dujardin-Vins – mardi 13/10", date="2026-10-07 14:25 +0200",
      mid="sablon.2@interim-sablon.example.be", refs=["sablon.1@interim-sablon.example.be"],
      text=_sablon_invite, enc={"subject": ("utf-8", "B")}),
    # ------------------------------------------------------------ invitations en
    M(INV, "highland_teams_interview", "en", company="Highland Cellars",
      contact=FIONA[1], frm=("Fiona MacRae via Lever", "no-reply@hire.lever.co"),
      reply_to=FIONA, subject="Interview with Highland Cellars - Tuesday 21 April",
      date="2026-04-14 13:50 +0100", mid="lever.hc.2@hire.lever.co",
      refs=["lever.hc.1@hire.lever.co"], text=_highland_invite,
      html=simple(paras(_highland_invite), lang="en")),
    M(INV, "thistle_ashby_schedule", "en", company="Thistle & Vine Imports",
      frm=("Thistle & Vine Imports", "no-reply@ashbyhq.com"),
      subject="Schedule your interview with Thistle & Vine Imports",
      date="2026-05-05 09:12 +0000", mid="ashby.tv.1@ashbyhq.com", html=_thistle_html,
      headers=[("Auto-Submitted", "auto-generated")]),
    M(INV, "harrow_glenmorven_meeting", "en", company="Glenmorven Distillers",
      contact=JAMES[1], frm=JAMES,
      subject="Glenmorven - interview Thursday 30 July", date="2026-07-22 16:48 +0100",
      mid="hf.glen.2@harrowfinch.example.co.uk", refs=["hf.glen.1@harrowfinch.example.co.uk"],
      text=_harrow_invite, cte="quoted-printable"),
    M(INV, "lothian_panel_invite", "en", company="Lothian Fine Wines",
      contact=PRIYA[1], frm=PRIYA,
      subject="Invitation: Panel interview - Export Sales Assistant @ Thu 27 Aug 2026 10:00",
      date="2026-08-12 11:30 +0100", mid="lfw.1@lothianfinewines.example.co.uk",
      text=_lothian_invite, html=outlook(paras(_lothian_invite), lang="en"),
      ics={"method": "REQUEST", "uid": "lfw-panel-2026-0827@lothianfinewines.example.co.uk",
           "seq": 0, "start": "2026-08-27 10:00", "end": "2026-08-27 11:15",
           "tz": "Europe/London",
           "summary": "Panel interview - Export Sales Assistant (Anaïs Lefebvre-Mwangi)",
           "location": "Lothian Fine Wines, 77 Great Junction Street, Leith",
           "organizer": PRIYA, "attendees": [CANDIDATE]}),
    M(INV, "leith_free_thursday", "en", company="Leith Vintners",
      contact=TOM[1], frm=TOM,
      subject="Re: Part-time export & wholesale assistant", date="2026-09-14 12:41 +0100",
      mid="CAF=tom.leith.1@leithvintners.example.co.uk", irt="3f9e7c10-249k@example.fr",
      text=_leith_invite),
    M(INV, "kestrel_assessment_centre", "en", company="Kestrel Beverage Group",
      contact=KESTREL[1], frm=KESTREL,
      subject="Assessment centre invitation – Export Sales Assistant (EMEA)",
      date="2026-09-16 10:05 +0200", mid="kestrel.3@kestrelbev.example.com",
      refs=["sf.kestrel.1@successfactors.eu", "kestrel.2@kestrelbev.example.com"],
      text=_kestrel_invite, html=outlook(paras(_kestrel_invite), lang="en"),
      pdfs=[("Assessment_Centre_Agenda_24-09-2026.pdf", "Assessment centre – agenda",
             ["09:00 Welcome and introduction to Kestrel Beverage Group",
              "09:30 Group case study: launching a cider range in Belgium",
              "11:00 Written exercise (English and French)",
              "12:30 Lunch with the EMEA sales team",
              "13:30 Role-play with a distributor",
              "14:30 One-to-one interview with the EMEA Sales Director",
              "15:30 Close"])],
      enc={"from": ("iso-8859-1", "B")}),
    M(INV, "caledonian_phone_screen", "en", company="Caledonian Wine Merchants",
      contact=EWAN[1], frm=("Ewan Stewart via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=EWAN, subject="Phone screen - Export Sales Assistant",
      date="2026-04-09 08:20 +0000", mid="gh.cwm.2@greenhouse-mail.io",
      refs=["gh.cwm.1@greenhouse-mail.io"], text=_caledonian_invite),
    # ------------------------------------------------------------ invitations de
    M(INV, "kornmeyer_assessment_center", "de", company="Kornmeyer Spedition",
      contact=SABINE[1], frm=SABINE,
      subject="Einladung zum Assessment Center am 7. Juli", date="2026-06-25 14:10 +0200",
      mid="kornmeyer.2@kornmeyer.example.lu", refs=["softgarden.korn.1@softgarden.io"],
      text=_kornmeyer_invite, charset="iso-8859-1", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "kornmeyer-ac-20260707@kornmeyer.example.lu",
           "seq": 0, "start": "2026-07-07 09:00", "end": "2026-07-07 15:00",
           "tz": "Europe/Luxembourg",
           "summary": "Assessment Center – Assistenz Exportabwicklung",
           "location": "Kornmeyer Spedition, Rue de Trèves 12, Findel, Gebäude C",
           "organizer": SABINE, "attendees": [CANDIDATE]}),
    M(INV, "rheinblick_videogespraech", "de", company="Weinkontor Rheinblick",
      contact=LUKAS[1], frm=LUKAS,
      subject="Kennenlernen per Video?", date="2026-07-08 09:44 +0200",
      mid="rheinblick.2@weinkontor-rheinblick.example.be",
      refs=["personio.rheinblick.1@personio.de"],
      text=_rheinblick_invite, html=simple(paras(_rheinblick_invite), lang="de")),
    M(INV, "kopfwerk_gespraech_hausmann", "de", company="Sektkellerei Hausmann",
      contact=BRENNER[1], frm=BRENNER,
      subject="Ihr Gespräch bei der Sektkellerei Hausmann am 24.02.",
      date="2026-02-17 12:35 +0100", mid="kopfwerk.2@kopfwerk.example.de",
      refs=["kopfwerk.1@kopfwerk.example.de"],
      text=_kopfwerk_invite, charset="windows-1252", cte="8bit"),
    # ------------------------------------------------------------ invitations es
    M(INV, "iturrialde_comite_calendario", "es", company="Bodegas Iturrialde",
      contact=MAITE[1], frm=MAITE,
      subject="Entrevista – asistente de exportación", date="2026-06-09 12:00 +0200",
      mid="iturrialde.2@iturrialde.example.es", refs=["tt.iturrialde.1@teamtailor-mail.com"],
      text=_iturrialde_invite, html=simple(paras(_iturrialde_invite), lang="es"),
      ics={"method": "REQUEST", "uid": "iturrialde-entrevista-0617@iturrialde.example.es",
           "seq": 0, "start": "2026-06-17 10:00", "end": "2026-06-17 11:00",
           "tz": "Europe/Madrid",
           "summary": "Entrevista Anaïs Lefebvre-Mwangi – asistente exportación",
           "location": "Bodegas Iturrialde, Avda. de Burgos 112, Logroño",
           "organizer": MAITE, "attendees": [CANDIDATE],
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    M(INV, "najerilla_llamada_jueves", "es", company="Vinos Najerilla Export",
      contact=NAJERILLA[1], frm=NAJERILLA,
      subject="Tu candidatura: ¿hablamos el jueves?", date="2026-08-18 17:22 +0200",
      mid="najerilla.1@vinosnajerilla.example.es", text=_najerilla_invite,
      charset="iso-8859-1", cte="quoted-printable",
      enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "B")}),
    M(INV, "valdemora_reserva_entrevista", "es", company="Bodegas Valdemora",
      frm=("Bodegas Valdemora", "no-reply@jobs.recruitee.com"),
      subject="Reserva tu entrevista con Bodegas Valdemora", date="2026-07-28 08:02 +0000",
      mid="recruitee.valdemora.2@jobs.recruitee.com",
      refs=["recruitee.valdemora.1@jobs.recruitee.com"], html=_valdemora_html,
      cte="quoted-printable"),
    # ------------------------------------------------------------ reschedules fr
    M(RES, "vautrin_mise_a_jour_agenda", "fr", company="Maison Vautrin-Delorme",
      contact=VAUTRIN[1], frm=VAUTRIN,
      subject="Mis à jour : Entretien – Assistante commerciale export",
      date="2026-02-12 16:30 +0100",
      mid="AM6PR01MB4410.vautrin.20260212@vautrin-delorme.example.fr",
      refs=["AM6PR01MB4410.vautrin.20260210@vautrin-delorme.example.fr",
            "c8f1a2e0-249a@example.fr"],
      text=_vautrin_moved, html=outlook(paras(_vautrin_moved)), cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008000000007A1B2C3D",
           "seq": 1, "start": "2026-03-03 10:00", "end": "2026-03-03 11:00",
           "tz": "Europe/Paris", "summary": "Entretien – Anaïs Lefebvre-Mwangi",
           "location": "Maison Vautrin-Delorme, 22 avenue de Champagne, Épernay",
           "organizer": VAUTRIN, "attendees": [CANDIDATE]}),
    M(RES, "vinexport_greenhouse_deplace", "fr", company="Vinexport Nord",
      contact=SOPHIE[1], frm=("Sophie Vandamme via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=SOPHIE, subject="Votre entretien avec Vinexport Nord a été déplacé",
      date="2026-02-24 13:02 +0000", mid="gh.vxn.3@greenhouse-mail.io",
      refs=["gh.vxn.1@greenhouse-mail.io", "gh.vxn.2@greenhouse-mail.io"],
      text=_vinexport_moved, html=card("Vinexport Nord", "Entretien déplacé",
                                       paras(_vinexport_moved), accent="#8c1c3a"),
      ics={"method": "REQUEST", "uid": "greenhouse-vxn-interview-55120@greenhouse.io",
           "seq": 2, "start": "2026-03-02 14:30", "end": "2026-03-02 15:15",
           "tz": "Europe/Paris", "summary": "Entretien Vinexport Nord – Anaïs Lefebvre-Mwangi",
           "location": "Visioconférence (Google Meet)", "organizer": SOPHIE,
           "attendees": [CANDIDATE, ("Olivier Cattoen", "olivier.cattoen@vinexport-nord.example.fr")],
           "prodid": "-//Greenhouse Software//Greenhouse//EN"},
      ics_attach=True),
    M(RES, "delmotte_responsable_malade", "fr", company="Caves Delmotte",
      contact=DELMOTTE[1], frm=DELMOTTE,
      subject="RE: Entretien - assistante export", date="2026-03-20 08:15 +0100",
      mid="delmotte.20260320.0815@caves-delmotte.example.be", irt="9a0b1c2d-249j@example.fr",
      refs=["delmotte.20260317.0911@caves-delmotte.example.be", "9a0b1c2d-249j@example.fr"],
      text=_delmotte_ill, charset="iso-8859-1", cte="quoted-printable",
      enc={"from": ("iso-8859-1", "B")}),
    M(RES, "moselvins_annulation_ics", "fr", company="Moselvins Distribution",
      contact=PAUL[1], frm=PAUL,
      subject="Annulé : Journée découverte Moselvins", date="2026-04-23 08:40 +0200",
      mid="moselvins.2@moselvins.example.lu", refs=["moselvins.1@moselvins.example.lu"],
      text=_moselvins_cancel, html=outlook(paras(_moselvins_cancel)),
      ics={"method": "CANCEL", "uid": "moselvins-decouverte-0428@moselvins.example.lu",
           "seq": 1, "start": "2026-04-28 09:00", "end": "2026-04-28 16:00",
           "tz": "Europe/Luxembourg", "summary": "Journée découverte – A. Lefebvre-Mwangi",
           "location": "Route du Vin 48, Grevenmacher", "organizer": PAUL,
           "attendees": [CANDIDATE]}),
    M(RES, "merieux_rdv_decale", "fr", company="Maison Sérigny",
      contact=BASTIEN[1], frm=BASTIEN,
      subject="RE: Rendez-vous Maison Sérigny – mercredi 11 mars",
      date="2026-03-06 19:05 +0100", mid="merieux.serigny.3@merieux-search.example.fr",
      irt="merieux.serigny.2@merieux-search.example.fr",
      refs=["merieux.serigny.1@merieux-search.example.fr",
            "merieux.serigny.2@merieux-search.example.fr"],
      text=_merieux_moved + "\n" + outlook_block(
          "fr", "Bastien Roux-Chabert <bastien.rouxchabert@merieux-search.example.fr>",
          "mercredi 4 mars 2026 17:40", "Anaïs Lefebvre-Mwangi <anais.lm@example.fr>",
          "Rendez-vous Maison Sérigny – mercredi 11 mars") + "\n\n" + _merieux_invite,
      charset="windows-1252", cte="quoted-printable"),
    M(RES, "salon_session_reportee", "fr", company="Salon Bulles & Terroirs",
      contact=INES[1], frm=INES,
      subject="Report de la session d'évaluation au 5 février", date="2026-01-27 12:30 +0100",
      mid="salon.2@bulles-terroirs.example.fr", refs=["salon.1@bulles-terroirs.example.fr"],
      html=simple(paras(_salon_postponed)), charset="iso-8859-1", cte="base64"),
    M(RES, "coutelas_decaler_11h30", "fr", company="Champagne Coutelas",
      contact=HELENE[1], frm=HELENE,
      subject="Re: Votre candidature spontanée – premier échange",
      date="2026-04-02 09:18 +0200", mid="coutelas.2@champagne-coutelas.example.fr",
      irt="coutelas.1@champagne-coutelas.example.fr", text=_coutelas_moved,
      enc={"from": ("utf-8", "Q")}),
    M(RES, "cellier_annulation_ics", "fr", company="Le Cellier Rémois",
      contact=SANDRINE[1], frm=SANDRINE,
      subject="Annulé : Entretien – assistante commerciale export",
      date="2026-05-21 17:55 +0200", mid="lcr.3@cellier-remois.example.fr",
      refs=["lcr.2@cellier-remois.example.fr"],
      text=_cellier_cancel, charset="windows-1252", cte="quoted-printable",
      ics={"method": "CANCEL", "uid": "lcr-entretien-20260526@cellier-remois.example.fr",
           "seq": 1, "start": "2026-05-26 14:00", "end": "2026-05-26 15:00",
           "tz": "Europe/Paris", "summary": "Entretien – assistante commerciale export",
           "location": "5 place Drouet-d'Erlon, Reims", "organizer": SANDRINE,
           "attendees": [CANDIDATE]},
      ics_attach=True, ics_name="annulation.ics"),
    # ------------------------------------------------------------ reschedules en
    M(RES, "thistle_interviewer_flu", "en", company="Thistle & Vine Imports",
      contact=MORAG[1], frm=MORAG,
      subject="Wednesday's interview - change of date", date="2026-05-11 08:37 +0100",
      mid="tv.2@thistleandvine.example.co.uk", refs=["ashby.tv.1@ashbyhq.com"],
      text=_thistle_ill),
    M(RES, "lothian_updated_invitation", "en", company="Lothian Fine Wines",
      contact=PRIYA[1], frm=PRIYA,
      subject="Updated invitation: Panel interview - Export Sales Assistant @ Thu 27 Aug 2026 14:00",
      date="2026-08-14 15:12 +0100", mid="lfw.2@lothianfinewines.example.co.uk",
      refs=["lfw.1@lothianfinewines.example.co.uk"],
      text=_lothian_update, html=outlook(paras(_lothian_update), lang="en"),
      ics={"method": "REQUEST", "uid": "lfw-panel-2026-0827@lothianfinewines.example.co.uk",
           "seq": 2, "start": "2026-08-27 14:00", "end": "2026-08-27 15:15",
           "tz": "Europe/London",
           "summary": "Panel interview - Export Sales Assistant (Anaïs Lefebvre-Mwangi)",
           "location": "Vaults meeting room, 87 Giles Street, Leith",
           "organizer": PRIYA, "attendees": [CANDIDATE]}),
    M(RES, "harrow_client_cancelled_meeting", "en", company="Glenmorven Distillers",
      contact=JAMES[1], frm=JAMES,
      subject="Glenmorven - Thursday cancelled (not a no)", date="2026-07-27 10:22 +0100",
      mid="hf.glen.3@harrowfinch.example.co.uk",
      refs=["hf.glen.1@harrowfinch.example.co.uk", "hf.glen.2@harrowfinch.example.co.uk"],
      text=_harrow_cancel, html=simple(paras(_harrow_cancel), lang="en")),
    # ------------------------------------------------------------ reschedules de
    M(RES, "kornmeyer_terminverschiebung", "de", company="Kornmeyer Spedition",
      contact=SABINE[1], frm=SABINE,
      subject="Terminverschiebung: Assessment Center", date="2026-06-29 11:05 +0200",
      mid="kornmeyer.3@kornmeyer.example.lu", refs=["kornmeyer.2@kornmeyer.example.lu"],
      text=_kornmeyer_moved, charset="iso-8859-1", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "kornmeyer-ac-20260707@kornmeyer.example.lu",
           "seq": 1, "start": "2026-07-09 09:00", "end": "2026-07-09 15:00",
           "tz": "Europe/Luxembourg",
           "summary": "Assessment Center – Assistenz Exportabwicklung",
           "location": "Kornmeyer Spedition, Rue de Trèves 12, Findel, Gebäude C",
           "organizer": SABINE, "attendees": [CANDIDATE]}),
    M(RES, "rheinblick_termin_abgesagt", "de", company="Weinkontor Rheinblick",
      contact=LUKAS[1], frm=LUKAS,
      subject="Abgesagt: Videogespräch Weinkontor Rheinblick", date="2026-07-10 17:28 +0200",
      mid="rheinblick.3@weinkontor-rheinblick.example.be",
      refs=["rheinblick.2@weinkontor-rheinblick.example.be"],
      text=_rheinblick_cancel, html=outlook(paras(_rheinblick_cancel), lang="de"),
      ics={"method": "CANCEL", "uid": "rheinblick-video-0714@weinkontor-rheinblick.example.be",
           "seq": 1, "start": "2026-07-14 11:00", "end": "2026-07-14 11:45",
           "tz": "Europe/Brussels", "summary": "Videogespräch Export-Sales-Assistenz",
           "location": "Microsoft Teams", "organizer": LUKAS, "attendees": [CANDIDATE]}),
    # ------------------------------------------------------------ reschedules es
    M(RES, "iturrialde_cancelada_ics", "es", company="Bodegas Iturrialde",
      contact=MAITE[1], frm=MAITE,
      subject="Cancelada: Entrevista – asistente de exportación", date="2026-06-12 09:50 +0200",
      mid="iturrialde.4@iturrialde.example.es", refs=["iturrialde.2@iturrialde.example.es"],
      text=_iturrialde_cancel,
      ics={"method": "CANCEL", "uid": "iturrialde-entrevista-0617@iturrialde.example.es",
           "seq": 1, "start": "2026-06-17 10:00", "end": "2026-06-17 11:00",
           "tz": "Europe/Madrid",
           "summary": "Entrevista Anaïs Lefebvre-Mwangi – asistente exportación",
           "location": "Bodegas Iturrialde, Avda. de Burgos 112, Logroño",
           "organizer": MAITE, "attendees": [CANDIDATE],
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    M(RES, "najerilla_cambio_hora", "es", company="Vinos Najerilla Export",
      contact=NAJERILLA[1], frm=NAJERILLA,
      subject="Re: Tu candidatura: ¿hablamos el jueves?", date="2026-08-19 08:05 +0200",
      mid="najerilla.2@vinosnajerilla.example.es", irt="najerilla.1@vinosnajerilla.example.es",
      text=_najerilla_moved, enc={"subject": ("utf-8", "Q")}),
    # ------------------------------------------------------------ missed fr
    M(MIS, "hallard_deux_appels", "fr", company="Champagne Hallard & Fils",
      contact=HALLARD[1], frm=HALLARD,
      subject="Appel de ce matin", date="2026-03-05 10:40 +0100",
      mid="hallard.2@champagne-hallard.example.fr", refs=["hallard.1@champagne-hallard.example.fr"],
      text=_hallard_missed),
    M(MIS, "grellier_attendue_teams", "fr", company="Grellier Logistique",
      contact="y.ferrand@grellier-logistique.example.fr",
      frm=("Yannick Ferrand", "y.ferrand@grellier-logistique.example.fr"),
      subject="Entretien de 14 h", date="2026-02-05 14:31 +0100",
      mid="grellier.2@grellier-logistique.example.fr", refs=["icims.grellier.inv@icims.com"],
      text=_grellier_missed, html=outlook(paras(_grellier_missed)),
      charset="windows-1252", cte="quoted-printable"),
    M(MIS, "proxi_client_a_attendu", "fr", company="Proxi Intérim",
      contact=KEVIN[1], frm=KEVIN,
      subject="Rendez-vous de ce matin ??", date="2026-06-18 10:22 +0200",
      mid="proxi.3@proxi-interim.example.fr", refs=["proxi.2@proxi-interim.example.fr"],
      text=_proxi_missed, enc={"from": ("utf-8", "B")}),
    M(MIS, "tempo_rdv_inscription_manque", "fr", company="Tempo Vignes Intérim",
      contact=TEMPO[1], frm=TEMPO,
      subject="Votre rendez-vous d'inscription", date="2026-01-15 11:10 +0100",
      mid="tempo.2@tempo-vignes.example.fr", refs=["tempo.1@tempo-vignes.example.fr"],
      text=_tempo_missed, html=simple(paras(_tempo_missed)), charset="iso-8859-1",
      cte="quoted-printable"),
    M(MIS, "salon_visio_non_connectee", "fr", company="Salon Bulles & Terroirs",
      contact=INES[1], frm=INES,
      subject="Visio de 11 h", date="2026-02-10 11:24 +0100",
      mid="salon.3@bulles-terroirs.example.fr", refs=["salon.2@bulles-terroirs.example.fr"],
      text=_salon_missed),
    # ------------------------------------------------------------ missed en
    M(MIS, "highland_waited_on_teams", "en", company="Highland Cellars",
      contact=FIONA[1], frm=("Fiona MacRae via Lever", "no-reply@hire.lever.co"),
      reply_to=FIONA, subject="Your interview this morning", date="2026-04-21 10:31 +0100",
      mid="lever.hc.3@hire.lever.co", refs=["lever.hc.2@hire.lever.co"],
      text=_highland_missed, html=simple(paras(_highland_missed), lang="en")),
    M(MIS, "kestrel_called_twice", "en", company="Kestrel Beverage Group",
      contact=KESTREL[1], frm=KESTREL,
      subject="Missed call – phone interview", date="2026-09-10 10:26 +0200",
      mid="kestrel.2@kestrelbev.example.com", refs=["sf.kestrel.1@successfactors.eu"],
      text=_kestrel_missed, cte="base64"),
    # ------------------------------------------------------------ missed de
    M(MIS, "kopfwerk_nicht_erreicht", "de", company="Sektkellerei Hausmann",
      contact=BRENNER[1], frm=BRENNER,
      subject="Unser Telefontermin heute", date="2026-02-09 11:42 +0100",
      mid="kopfwerk.1@kopfwerk.example.de", text=_kopfwerk_missed,
      html=simple(paras(_kopfwerk_missed), lang="de"), cte="quoted-printable"),
    M(MIS, "rebenhof_im_meeting_gewartet", "de", company="Rebenhof Vertrieb",
      contact=THOMAS[1], frm=THOMAS,
      subject="Vorstellungsgespräch heute, 15:00 Uhr", date="2026-06-22 15:18 +0200",
      mid="rebenhof.1@rebenhof-vertrieb.example.lu",
      text=_rebenhof_missed, charset="iso-8859-1", cte="8bit"),
    # ------------------------------------------------------------ missed es
    M(MIS, "rioja_talento_no_contesto", "es", company="Rioja Talento",
      contact=SERGIO[1], frm=SERGIO,
      subject="Entrevista telefónica de hoy", date="2026-08-11 10:35 +0200",
      mid="riojatalento.2@riojatalento.example.es",
      refs=["riojatalento.1@riojatalento.example.es"], text=_rioja_missed,
      charset="windows-1252", cte="quoted-printable"),
]
