// PartnershipTeams in Azure: one Function App on the Flex Consumption plan (Linux, .NET 10 isolated worker) hosting the Teams
// bot, the sync and the reminders; storage, Application Insights, Key Vault, and one user-assigned managed identity
// that is the bot's identity (Azure Bot, user-assigned MSI), the app's identity towards Microsoft Graph
// (Sites.Selected) and the identity the platform uses for the host's storage and the deployment package.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p sharePointSiteUrl=https://contoso.sharepoint.com/sites/partnerships
// Compiled and linted by tests/PartnershipTeams.Infra.Tests with the Bicep CLI from NuGet: no diagnostics allowed.

@description('Short name used in every resource name (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param name string = 'partners'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('The SharePoint site that holds the register, e.g. https://contoso.sharepoint.com/sites/partnerships.')
param sharePointSiteUrl string

@description('Tenants whose Teams activities the bot processes; empty means only this deployment\'s tenant.')
param allowedTenants string[] = []

@description('Shared secret Graph echoes in change notifications. Defaults to a new GUID per deployment; stored in Key Vault only.')
@secure()
param notificationClientState string = newGuid()

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Most instances the app may scale out to (Flex Consumption accepts 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance in MB; 2048 is the Flex default and ample for this app.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Always-ready instances for the HTTP group (the bot endpoint). 0 saves the baseline cost, but the first message after a quiet spell then waits for a cold start, and Teams gives a bot 15 s.')
@minValue(0)
@maxValue(10)
param alwaysReadyHttpInstances int = 1

var suffix = uniqueString(resourceGroup().id, name)
var functionAppName = '${name}-${suffix}'
var tenantId = subscription().tenantId
var deploymentContainerName = 'app-package'
var botTenants = empty(allowedTenants) ? [tenantId] : allowedTenants

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id-${suffix}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${name}st${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

// The app's own bookkeeping (never in SharePoint): accepted submissions, the reminders ledger, conversation
// references and sync state in tables; submissions travel to the register writer on a queue, which the Functions
// host's queue trigger reads (after five failed deliveries it moves a message to the poison queue).
resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in ['ptSubmissions', 'ptReminders', 'ptConversations', 'ptSyncState']: {
  parent: tableService
  name: table
}]

// The Flex deployment package (the zip functions/publish.sh writes) lives in this container.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource submissionQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in ['pt-submissions', 'pt-submissions-poison']: {
  parent: queueService
  name: queue
}]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}-kv-${suffix}', 24)
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource clientStateSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'notifications-client-state'
  properties: { value: notificationClientState }
}

// Built-in roles the identity needs: its own storage (identity-based AzureWebJobsStorage, the deployment container,
// the app's tables and queue), Key Vault secrets, and publishing telemetry to Application Insights (local auth off).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]: {
  name: guid(storage.id, identity.id, role)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource vaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource insightsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// Flex Consumption (FC1, Linux): one app per plan; scale, runtime and the deployment package live in the site's
// functionAppConfig, not in the plan or in app settings. The plan takes no other properties.
resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      // The zip that functions/publish.sh makes is uploaded here (az functionapp deployment source config-zip);
      // the platform reads it with the user-assigned identity, so the account keeps shared keys off.
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      // The .NET isolated worker on .NET 10 (supported on Flex Consumption until November 2028); the package is
      // framework-dependent, so the platform's runtime runs it.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        // Teams gives a bot 15 s to answer: an HTTP instance is kept running so /api/messages never waits on a
        // cold start. Timers and the queue trigger scale from zero in their own groups (function:<name>).
        alwaysReady: [
          { name: 'http', instanceCount: alwaysReadyHttpInstances }
        ]
      }
    }
  }
  dependsOn: [storageRoles, vaultRole, insightsRole]
}

// App settings as a child resource so they can name the app's real host name (Flex apps may get a unique,
// region-scoped default host name, so '<name>.azurewebsites.net' cannot be assumed). No FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION or WEBSITE_TIME_ZONE: Flex sets the first two from functionAppConfig and does not
// support the third, so every schedule is in UTC and the reminders job decides 07:30 Stockholm itself. The timers'
// schedules are app settings the host resolves in their triggers (%SyncSchedule% …); these are the defaults the
// app's own appsettings.json carries for a laptop.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union({
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    Bot__AppId: identity.properties.clientId
    Bot__TenantId: tenantId
    Bot__ManagedIdentityClientId: identity.properties.clientId
    SharePoint__SiteUrl: sharePointSiteUrl
    SharePoint__ManagedIdentityClientId: identity.properties.clientId
    Notifications__Url: 'https://${functionApp.properties.defaultHostName}/api/notifications'
    Notifications__ClientState: '@Microsoft.KeyVault(SecretUri=${clientStateSecret.properties.secretUri})'
    SyncSchedule: '0 */5 * * * *'
    RemindersSchedule: '0 30 5,6 * * *'
    RetentionSchedule: '0 0 2 * * *'
    SubscriptionsSchedule: '0 15 */6 * * *'
  }, toObject(range(0, length(botTenants)), i => 'Bot__AllowedTenants__${i}', i => botTenants[i]))
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Vänortssamarbete'
    endpoint: 'https://${functionApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s messaging endpoint, as registered on the Azure Bot.')
output messagingEndpoint string = 'https://${functionApp.properties.defaultHostName}/api/messages'

@description('The client id of the managed identity: the bot\'s app id (manifest botId) and the Graph identity to grant Sites.Selected.')
output identityClientId string = identity.properties.clientId

@description('The object id of the identity\'s service principal, for the Graph app-role assignment of Sites.Selected.')
output identityPrincipalId string = identity.properties.principalId

output functionAppName string = functionApp.name

@description('The app\'s default host name (Flex apps may get a unique, region-scoped one).')
output functionAppHostName string = functionApp.properties.defaultHostName

@description('The blob container Flex runs the app from; az functionapp deployment source config-zip uploads into it.')
output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
