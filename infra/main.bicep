// PartnershipTeams in Azure: one Linux Function App (custom handler) hosting the Teams bot, the sync and the
// reminders; storage, Application Insights, Key Vault, and one user-assigned managed identity that is both the
// bot's identity (Azure Bot, user-assigned MSI) and the app's identity towards Microsoft Graph (Sites.Selected).
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p sharePointSiteUrl=https://contoso.sharepoint.com/sites/partnerships

@description('Short name used in every resource name (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param name string = 'partners'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('The SharePoint site that holds the register, e.g. https://contoso.sharepoint.com/sites/partnerships.')
param sharePointSiteUrl string

@description('Tenants whose Teams activities the bot processes; empty means only this deployment\'s tenant.')
param allowedTenants array = []

@description('Shared secret Graph echoes in change notifications. Defaults to a new GUID per deployment; stored in Key Vault only.')
@secure()
param notificationClientState string = newGuid()

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

var suffix = uniqueString(resourceGroup().id, name)
var functionAppName = '${name}-${suffix}'
var tenantId = subscription().tenantId

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

// Built-in roles the identity needs: its own storage (identity-based AzureWebJobsStorage) and Key Vault secrets.
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

// Elastic Premium on Linux: the time zone setting (Europe/Stockholm for the 07:30 reminders) works here, not on Consumption.
resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'elastic'
  sku: { name: 'EP1', tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: 3
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
      linuxFxVersion: ''
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
        { name: 'WEBSITE_TIME_ZONE', value: 'Europe/Stockholm' }
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
        { name: 'Bot__AppId', value: identity.properties.clientId }
        { name: 'Bot__TenantId', value: tenantId }
        { name: 'Bot__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Bot__AllowedTenants__0', value: empty(allowedTenants) ? tenantId : allowedTenants[0] }
        { name: 'SharePoint__SiteUrl', value: sharePointSiteUrl }
        { name: 'SharePoint__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Notifications__Url', value: 'https://${functionAppName}.azurewebsites.net/api/notifications' }
        { name: 'Notifications__ClientState', value: '@Microsoft.KeyVault(SecretUri=${clientStateSecret.properties.secretUri})' }
      ]
    }
  }
  dependsOn: [storageRoles, vaultRole, insightsRole]
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
